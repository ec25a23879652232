using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>Directory moderators edit the directory's glossary of synonyms that searches use; moderators only.</summary>
public sealed class GlossaryModel : ConveningPageModel
{
    [BindProperty(Name = "groups")] public string? Groups { get; set; }

    public DirectoryGlossary Glossary { get; private set; } = new([]);

    protected override IReadOnlyCollection<string> Fields => ["groups"];

    public Task<IActionResult> OnGet() => Load(Reload);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var groups = (Groups ?? "").Split('\n').Select(line => (IReadOnlyList<string>)line.Split(',')).ToList();
        await Grains.GetGrain<IDirectoryGlossaryGrain>(IDirectoryGlossaryGrain.Key).Set(groups, CallerId);
        Notify("The directory's glossary is saved", "Searches use it from now on.");
        return RedirectToPage("/Directory/Glossary");
    }, Reload);

    /// <summary>One group a line, its words and phrases separated by commas.</summary>
    public static string Text(DirectoryGlossary glossary) => string.Join('\n', glossary.Groups.Select(g => string.Join(", ", g)));

    private async Task Reload()
    {
        if (!await Grains.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).IsModerator(CallerId ?? throw ConveningException.Unauthenticated()))
            throw ConveningException.Forbidden("directory.not-a-moderator", "Only directory moderators can change the directory's glossary.");
        Glossary = await Grains.GetGrain<IDirectoryGlossaryGrain>(IDirectoryGlossaryGrain.Key).Get();
        Groups ??= Text(Glossary);
    }
}
