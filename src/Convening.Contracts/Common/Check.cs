using System.Text.RegularExpressions;

namespace Convening.Contracts;

/// <summary>Shared validation that throws <see cref="ConveningException"/> with stable codes.</summary>
public static partial class Check
{
    /// <summary>A required, trimmed piece of text no longer than <paramref name="max"/>.</summary>
    public static string Text(string? value, string field, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
            throw new ConveningException($"{field}.empty", $"Enter the {Words(field)}.");
        return Optional(trimmed, field, max);
    }

    /// <summary>
    /// Optional text: trimmed, empty allowed, no longer than <paramref name="max"/>, and only
    /// characters <see cref="TextRules"/> allows. Text of up to <see cref="Limits.ShortText"/>
    /// characters (names, titles, terms) is one line; longer text (notes, Markdown) may have line breaks.
    /// </summary>
    public static string Optional(string? value, string field, int max)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length > max)
            throw new ConveningException($"{field}.too-long", $"The {Words(field)} must be {max} characters or fewer.");
        return TextRules.Require(trimmed, field, multiline: max > Limits.ShortText);
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
