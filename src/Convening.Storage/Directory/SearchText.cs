using System.Text;
using System.Text.RegularExpressions;
using Convening.Contracts;

namespace Convening.Storage.OrganisationDirectory;

/// <summary>
/// What of a search box's text reaches the index: its letters-and-digits words, lower case, so no
/// query syntax (quotes, operators, field names, wildcards) is ever read as anything but words.
/// The limits are checked before any work is done.
/// </summary>
public static partial class SearchText
{
    public const int MaxLength = 200;
    public const int MaxWords = 12;
    public const int MaxValuesPerFacet = 50;

    /// <summary>The words of a text in order (repeats dropped), at most <see cref="MaxWords"/>.</summary>
    public static List<string> Words(string? text)
    {
        if (text is { Length: > MaxLength })
            throw new ConveningException("search.too-long", $"Search for {MaxLength} characters or fewer.");
        return [.. WordPattern().Matches(text ?? "").Select(m => m.Value.ToLowerInvariant()).Distinct().Take(MaxWords)];
    }

    // An apostrophe inside a word keeps it whole ("people's"), as the index's tokenizer does.
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}

/// <summary>An opaque cursor: the position after the last result returned.</summary>
public static class SearchCursor
{
    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"o:{offset}"));

    public static int Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
            return 0;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text[2..], out var offset) && offset >= 0)
                return offset;
        }
        catch (FormatException)
        {
        }
        throw new ConveningException("page.bad-cursor", "That page link is not valid; start the search again.");
    }
}
