using System.Globalization;
using System.Text.Json.Nodes;
using Convening.Contracts;

namespace Convening.Web.OrganisationDirectory.Oruk;

/// <summary>
/// The query parameters of the Open Referral (HSDS 3.0 / ORUK 3.0) API, checked before any work:
/// each bad one is a 400 with a stable code naming it. page is from 1 (a page past the end is an
/// empty page); per_page is 1 to 100 (more is served as 100).
/// </summary>
public sealed record FeedRequest(
    int Page, int PerPage, string? Search, string? TaxonomyTermId, string? TaxonomyId, string? OrganizationId,
    DateTimeOffset? ModifiedAfter, bool Full, bool FullService, bool Minimal, bool TopOnly, string? ParentId, string? Postcode)
{
    public const int MaxPerPage = 100;
    public const int DefaultPerPage = 50;
    public const int MaxSearch = 200;

    public bool FiltersOrganisations => Search is not null || TaxonomyTermId is not null || TaxonomyId is not null || OrganizationId is not null || ModifiedAfter is not null;

    public static FeedRequest From(IQueryCollection query)
    {
        var search = Text(query, "search");
        if (search is { Length: > MaxSearch })
            throw new ConveningException("search.too-long", $"search: use {MaxSearch} characters or fewer.");
        if (Text(query, "format") is { } format && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
            throw new ConveningException("format.unsupported", "format: this feed answers in json only.");
        if (Text(query, "proximity") is not null)
            throw new ConveningException("proximity.unsupported", "proximity: this directory holds no coordinates; filter by postcode instead.");
        DateTimeOffset? modifiedAfter = null;
        if (Text(query, "modified_after") is { } after)
            modifiedAfter = DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at : throw new ConveningException("modified_after.invalid", "modified_after: give a date and time such as 2026-01-31T00:00:00Z.");
        return new FeedRequest(
            Number(query, "page", 1), Math.Min(Number(query, "per_page", DefaultPerPage), MaxPerPage), search,
            Text(query, "taxonomy_term_id"), Text(query, "taxonomy_id"), Text(query, "organization_id"), modifiedAfter,
            Flag(query, "full"), Flag(query, "full_service"), Flag(query, "minimal"), Flag(query, "top_only"), Text(query, "parent_id"), Text(query, "postcode"));
    }

    /// <summary>The page of <paramref name="total"/> items this request asks for, as (skip, take).</summary>
    public (int Skip, int Take) Slice(int total)
    {
        var skip = (long)(Page - 1) * PerPage;
        return skip >= total ? (total, 0) : ((int)skip, (int)Math.Min(PerPage, total - skip));
    }

    /// <summary>The paged list every list endpoint answers with; size is the number of items on this page.</summary>
    public JsonObject Paged(int total, JsonArray contents)
    {
        var pages = (total + PerPage - 1) / PerPage;
        return new JsonObject
        {
            ["total_items"] = total,
            ["total_pages"] = pages,
            ["page_number"] = Page,
            ["size"] = contents.Count,
            ["first_page"] = Page == 1,
            ["last_page"] = Page >= pages,
            ["empty"] = contents.Count == 0,
            ["contents"] = contents,
        };
    }

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString().Trim() is { Length: > 0 } text ? text : null;

    private static int Number(IQueryCollection query, string name, int fallback)
    {
        if (Text(query, name) is not { } text)
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            // A number too large for an int is still a page past the end (or the largest page size), not an error.
            if (text.All(char.IsAsciiDigit) && text.TrimStart('0').Length > 0)
                return int.MaxValue;
            throw new ConveningException("page.invalid", $"{name}: give a whole number from 1.");
        }
        return value;
    }

    private static bool Flag(IQueryCollection query, string name) => Text(query, name) switch
    {
        null => false,
        var t when t.Equals("true", StringComparison.OrdinalIgnoreCase) => true,
        var t when t.Equals("false", StringComparison.OrdinalIgnoreCase) => false,
        _ => throw new ConveningException($"{name}.invalid", $"{name}: give true or false."),
    };
}
