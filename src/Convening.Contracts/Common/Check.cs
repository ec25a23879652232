using System.Text.RegularExpressions;

namespace Convening.Contracts;

/// <summary>Shared validation that throws <see cref="ConveningException"/> with stable codes.</summary>
public static partial class Check
{
    // Each field says whether it is one line (names, titles, terms: line breaks refused) or may hold
    // paragraphs (Markdown, notes, descriptions): Text/Optional for the first, Multiline/OptionalMultiline
    // for the second. The choice is the field's meaning, never its length.

    /// <summary>A required, trimmed, one-line piece of text no longer than <paramref name="max"/>.</summary>
    public static string Text(string? value, string field, int max) => Required(value, field, max, multiline: false);

    /// <summary>Optional one-line text: trimmed, empty allowed, no longer than <paramref name="max"/>, no line breaks.</summary>
    public static string Optional(string? value, string field, int max) => Checked(value, field, max, multiline: false);

    /// <summary>Required text that may hold line breaks (Markdown, notes, descriptions).</summary>
    public static string Multiline(string? value, string field, int max) => Required(value, field, max, multiline: true);

    /// <summary>Optional text that may hold line breaks (Markdown, notes, descriptions).</summary>
    public static string OptionalMultiline(string? value, string field, int max) => Checked(value, field, max, multiline: true);

    private static string Required(string? value, string field, int max, bool multiline)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new ConveningException($"{field}.empty", $"Enter the {Words(field)}.");
        return Checked(trimmed, field, max, multiline);
    }

    /// <summary>Trimmed, no longer than <paramref name="max"/>, and only characters <see cref="TextRules"/> allows.</summary>
    private static string Checked(string? value, string field, int max, bool multiline)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length > max)
            throw new ConveningException($"{field}.too-long", $"The {Words(field)} must be {max} characters or fewer.");
        return TextRules.Require(trimmed, field, multiline);
    }

    /// <summary>A lower-case URL slug: letters, digits and single hyphens.</summary>
    public static string Slug(string? value)
    {
        var slug = Optional(value, "slug", Limits.SlugLength).ToLowerInvariant();
        if (!SlugPattern().IsMatch(slug))
            throw new ConveningException("slug.invalid", "The short name must use lower-case letters, digits and hyphens, like 'north-east-lincs'.");
        return slug;
    }

    /// <summary>Makes a slug from a name: "Northfield, Aberdeen" → "northfield-aberdeen".</summary>
    public static string SlugFrom(string name)
    {
        var slug = NonSlugChars().Replace(name.Trim().ToLowerInvariant(), "-").Trim('-');
        return slug.Length > Limits.SlugLength ? slug[..Limits.SlugLength].Trim('-') : slug;
    }

    public static string Email(string? value)
    {
        var email = Optional(value, "email", Limits.EmailLength).ToLowerInvariant();
        if (!EmailPattern().IsMatch(email))
            throw new ConveningException("email.invalid", "Enter an email address in the correct format, like name@example.org.");
        return email;
    }

    private static string Words(string field) => field.Replace('-', ' ');

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugChars();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
