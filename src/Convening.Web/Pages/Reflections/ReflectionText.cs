using Convening.Contracts.Reflections;

namespace Convening.Web.Pages.Reflections;

/// <summary>The words pages use for reflection choices, in one place.</summary>
public static class ReflectionText
{
    public static string Visibility(ReflectionVisibility visibility) => visibility switch
    {
        ReflectionVisibility.Group => "Shared with a group",
        ReflectionVisibility.Place => "Shared with a place",
        _ => "Private",
    };

    public static string Structure(ReflectionStructure structure) => structure switch
    {
        ReflectionStructure.Gibbs => "Gibbs’ reflective cycle",
        ReflectionStructure.FreeText => "Free text",
        _ => "What? So what? Now what?",
    };

    public static IReadOnlyList<Choice> Structures { get; } =
        [.. Enum.GetValues<ReflectionStructure>().Select(s => new Choice(s.ToString(), Structure(s), string.Join(" · ", ReflectionStructures.Prompts(s))))];
}
