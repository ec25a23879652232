using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>The public directory: search and filter in one GET form that works without JavaScript.</summary>
public sealed class DirectoryModel : ConveningPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }
    [BindProperty(SupportsGet = true, Name = "place")] public List<string> Places { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "approach")] public List<string> Approaches { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "sector")] public List<string> Sectors { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "people")] public List<string> People { get; set; } = [];
    [BindProperty(SupportsGet = true, Name = "after")] public string? After { get; set; }

    /// <summary>The cursors of the pages before this one, oldest first ("" for the first page), so "Previous" works.</summary>
    [BindProperty(SupportsGet = true, Name = "prev")] public List<string> Previous { get; set; } = [];

    public DirectoryResult Result { get; private set; } = new(new Page<DirectoryDocument>([], null, false, 0), []);
    public IReadOnlyDictionary<string, string> PlaceLabels { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<FacetGroup> Filters { get; private set; } = [];
    public bool IsModerator { get; private set; }

    /// <summary>How many entries wait for review (moderators only).</summary>
    public int Waiting { get; private set; }

    public bool SignedIn => CallerId is not null;

    public bool Filtered => !string.IsNullOrWhiteSpace(Text) || Places.Count + Approaches.Count + Sectors.Count + People.Count > 0;

    /// <summary>The number of the first result on this page.</summary>
    public int From => Previous.Count * PageSize + 1;

    protected override IReadOnlyCollection<string> Fields => ["q"];

    public async Task<IActionResult> OnGet()
    {
        PlaceLabels = await PlaceNames.Load(Grains);
        // A stale page link starts the search again; a search the index refuses shows why, and no results.
        Result = await TrySearch(After) ?? (After is null ? null : await TrySearch(null)) ?? Result;
        if (!ModelState.IsValid)
        {
            Previous = [];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        Filters = FacetGroup.For(Result.Facets, PlaceLabels, new()
        {
            [Facets.Place] = Places, [Facets.Approach] = Approaches, [Facets.Sector] = Sectors, [Facets.PeopleServed] = People,
        });
        IsModerator = CallerId is not null && await Grains.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).IsModerator(CallerId);
        if (IsModerator)
            Waiting = (await Grains.GetGrain<IModerationQueueGrain>(IModerationQueueGrain.Key).List(1, null, CallerId)).TotalCount;
        return Page();
    }

    /// <summary>This search's address for another page: after that cursor, with the trail of earlier pages.</summary>
    public string PageUrl(string? after, IEnumerable<string> previous) => "/directory" + Query(after, previous);

    /// <summary>Every result of this search as an Open Referral HSDS 3.0 file ("json") or a spreadsheet ("csv").</summary>
    public string ExportUrl(string format) => $"/directory/export.{format}" + Query(null, []);

    private string Query(string? after, IEnumerable<string> previous)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!string.IsNullOrWhiteSpace(Text))
            query.Add(new("q", Text));
        query.AddRange(Places.Select(v => new KeyValuePair<string, string?>("place", v)));
        query.AddRange(Approaches.Select(v => new KeyValuePair<string, string?>("approach", v)));
        query.AddRange(Sectors.Select(v => new KeyValuePair<string, string?>("sector", v)));
        query.AddRange(People.Select(v => new KeyValuePair<string, string?>("people", v)));
        if (after is not null)
            query.Add(new("after", after));
        query.AddRange(previous.Select(v => new KeyValuePair<string, string?>("prev", v)));
        return QueryString.Create(query).ToString();
    }

    public string? NextUrl => Result.Page.HasNextPage ? PageUrl(Result.Page.EndCursor, [.. Previous, After ?? ""]) : null;

    public string? PreviousUrl => Previous.Count == 0 ? null
        : PageUrl(Previous[^1] is { Length: > 0 } cursor ? cursor : null, Previous[..^1]);

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string> { ["search"] = "q" };

    private async Task<DirectoryResult?> TrySearch(string? after)
    {
        try
        {
            return await Search(after);
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.Invalid)
        {
            if (ModelState.IsValid)
                ShowError(e);
            return null;
        }
    }

    private Task<DirectoryResult> Search(string? after) =>
        HttpContext.RequestServices.GetRequiredService<DirectorySearch>().Search(new DirectoryQuery(
            string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(), Places, Approaches, Sectors, People, PageSize, after));
}
