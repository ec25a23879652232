using System.Text.RegularExpressions;
using Convening.Contracts;
using Convening.Contracts.Reflections;

namespace Convening.Grains.Reflections;

/// <summary>Validates what an author writes, with the codes forms and API clients see.</summary>
public static partial class ReflectionRules
{
    public static IReadOnlyList<string> Sections(ReflectionStructure structure, IReadOnlyList<string>? sections)
    {
        var prompts = ReflectionStructures.Prompts(structure);
        var given = sections ?? [];
        if (given.Count > prompts.Count)
            throw new ConveningException("reflection.too-many-sections", $"This structure has {prompts.Count} parts.");
        var answers = prompts.Select((_, i) => i < given.Count ? TextRules.Require((given[i] ?? "").Trim(), "reflection", multiline: true) : "").ToList();
        if (answers.Sum(a => a.Length) > Limits.ReflectionLength)
            throw new ConveningException("reflection.too-long", $"A reflection must be {Limits.ReflectionLength:N0} characters or fewer.");
        if (answers.All(a => a.Length == 0))
            throw new ConveningException("reflection.empty", "Write something before saving the reflection.");
        return answers;
    }

    /// <summary>Themes are lower-case words, so "Housing " and "housing" count as one.</summary>
    public static IReadOnlyList<string> Themes(IReadOnlyList<string>? themes)
    {
        var clean = (themes ?? []).Select(Theme).Where(t => t.Length > 0).Distinct().ToList();
        if (clean.Count > Limits.ThemesPerEntry)
            throw new ConveningException("reflection.too-many-themes", $"Choose at most {Limits.ThemesPerEntry} themes.");
        return clean;
    }

    public static string Theme(string? theme)
    {
        var clean = Spaces().Replace(Check.Optional(theme, "theme", Limits.ThemeLength).ToLowerInvariant(), " ");
        if (clean.Length > 0 && !ThemePattern().IsMatch(clean))
            throw new ConveningException("theme.invalid", "A theme uses letters, digits, spaces and hyphens only.");
        return clean;
    }

    public static string Excerpt(IReadOnlyList<string> sections)
    {
        var text = string.Join(" ", sections.Where(s => s.Length > 0));
        return text.Length <= Limits.ExcerptLength ? text : text[..Limits.ExcerptLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N} -]*$")]
    private static partial Regex ThemePattern();
}
