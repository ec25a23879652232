using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Oruk;

/// <summary>The feed's paged lists, filtered by search, taxonomy term or taxonomy, organisation, date and (for places) postcode.</summary>
public static class OpenReferralLists
{
    public static async Task<IResult> Services(HttpContext http, FeedCatalog catalog, DirectorySearch directory, IGrainFactory grains)
    {
        var request = FeedRequest.From(http.Request.Query);
        var snapshot = await catalog.Current(http.RequestAborted);
        var keep = await Filter(request, snapshot, directory, grains, http.RequestAborted);
        IReadOnlyList<FeedCatalog.Service> services = keep is null ? snapshot.Services : [.. snapshot.Services.Where(s => keep(s.Organisation))];
        var (skip, take) = request.Slice(services.Count);
        var page = services.Skip(skip).Take(take).ToList();
        var documents = await OpenReferralApi.Documents(page.Select(s => snapshot.Organisations[s.Organisation].Id), directory);
        var contents = new JsonArray();
        foreach (var item in page)
            if (documents.GetValueOrDefault(snapshot.Organisations[item.Organisation].Id) is { } document && ServiceOf(document, item.Id) is { } service)
                contents.Add(FeedRecords.Service(document, service, request));
        return Results.Json(request.Paged(services.Count, contents));
    }

    public static async Task<IResult> Organizations(HttpContext http, FeedCatalog catalog, DirectorySearch directory, IGrainFactory grains)
    {
        var request = FeedRequest.From(http.Request.Query);
        var snapshot = await catalog.Current(http.RequestAborted);
        var keep = await Filter(request, snapshot, directory, grains, http.RequestAborted);
        IReadOnlyList<int> organisations = keep is null ? [.. Enumerable.Range(0, snapshot.Organisations.Count)] : [.. Enumerable.Range(0, snapshot.Organisations.Count).Where(keep)];
        var (skip, take) = request.Slice(organisations.Count);
        var page = organisations.Skip(skip).Take(take).Select(i => snapshot.Organisations[i].Id).ToList();
        var documents = await OpenReferralApi.Documents(page, directory);
        var placeNames = request.Full ? await OpenReferralApi.PlaceNamesOf(grains, http.RequestAborted) : new Dictionary<string, string>();
        var contents = new JsonArray();
        foreach (var id in page)
            if (documents.GetValueOrDefault(id) is { } document)
                contents.Add(request.Full ? FeedRecords.Organization(document, placeNames, request.FullService) : FeedRecords.OrganizationItem(document));
        return Results.Json(request.Paged(organisations.Count, contents));
    }

    public static async Task<IResult> ServiceAtLocations(HttpContext http, FeedCatalog catalog, DirectorySearch directory, IGrainFactory grains)
    {
        var request = FeedRequest.From(http.Request.Query);
        var snapshot = await catalog.Current(http.RequestAborted);
        var keep = await Filter(request, snapshot, directory, grains, http.RequestAborted);
        var postcode = request.Postcode is { } p ? FeedCatalog.Postcode(p) : null;
        IReadOnlyList<FeedCatalog.Link> links = keep is null && postcode is null ? snapshot.Links
            : [.. snapshot.Links.Where(l => (keep is null || keep(l.Organisation)) && (postcode is null || (l.Postcode.Length > 0 && l.Postcode.StartsWith(postcode, StringComparison.Ordinal))))];
        var (skip, take) = request.Slice(links.Count);
        var page = links.Skip(skip).Take(take).ToList();
        var documents = await OpenReferralApi.Documents(page.Select(l => snapshot.Organisations[l.Organisation].Id), directory);
        var contents = new JsonArray();
        foreach (var link in page)
            if (documents.GetValueOrDefault(snapshot.Organisations[link.Organisation].Id) is { } document && ServiceOf(document, link.Service) is { } service
                && service.Locations.FirstOrDefault(l => Guid.TryParse(l.Id, out var g) && g == link.Location) is { } location)
                contents.Add(FeedRecords.Link(document, service, location, request.Full));
        return Results.Json(request.Paged(links.Count, contents));
    }

    public static async Task<IResult> Taxonomies(HttpContext http, IGrainFactory grains)
    {
        var request = FeedRequest.From(http.Request.Query);
        var taxonomies = FeedTaxonomies.All(await OpenReferralApi.PlaceNamesOf(grains, http.RequestAborted))
            .Where(t => request.Search is null || Matches(request.Search, t.Name, t.Title, t.Description)).ToList();
        var (skip, take) = request.Slice(taxonomies.Count);
        return Results.Json(request.Paged(taxonomies.Count, new JsonArray([.. taxonomies.Skip(skip).Take(take).Select(t => (JsonNode)FeedTaxonomies.Json(t, withTerms: false))])));
    }

    public static async Task<IResult> TaxonomyTerms(HttpContext http, IGrainFactory grains)
    {
        var request = FeedRequest.From(http.Request.Query);
        var taxonomyId = request.TaxonomyId?.ToLowerInvariant();
        // Every term here is a top-level one: none has a parent, so top_only changes nothing and parent_id finds none.
        var terms = FeedTaxonomies.Terms(FeedTaxonomies.All(await OpenReferralApi.PlaceNamesOf(grains, http.RequestAborted)))
            .Where(t => (taxonomyId is null || t.Taxonomy.Id == taxonomyId)
                && request.ParentId is null
                && (request.Search is null || Matches(request.Search, t.Term.Code, t.Term.Name, t.Term.Description))).ToList();
        var (skip, take) = request.Slice(terms.Count);
        return Results.Json(request.Paged(terms.Count, new JsonArray([.. terms.Skip(skip).Take(take).Select(t => (JsonNode)FeedTaxonomies.Json(t))])));
    }

    public static ServiceOffer? ServiceOf(DirectoryDocument document, Guid id) =>
        document.Content.Services.FirstOrDefault(s => Guid.TryParse(s.Id, out var g) && g == id);

    private static bool Matches(string search, params string[] fields) =>
        fields.Any(f => f.Contains(search, StringComparison.OrdinalIgnoreCase));

    /// <summary>Which organisations (by position in the catalogue) the request's filters keep; null when it has none.</summary>
    private static async Task<Func<int, bool>?> Filter(FeedRequest request, FeedCatalog.Snapshot snapshot, DirectorySearch directory, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!request.FiltersOrganisations)
            return null;
        var tests = new List<Func<int, bool>>();
        if (request.Search is { } search)
        {
            var found = new HashSet<int>();
            await foreach (var document in directory.Export(new DirectoryQuery(search), cancellationToken))
                if (snapshot.OrganisationIndex.TryGetValue(Guid.Parse(document.Id), out var at))
                    found.Add(at);
            tests.Add(found.Contains);
        }
        if (request.TaxonomyTermId is { } termId)
        {
            // An id that is no term of ours matches nothing: an empty page, not an error.
            var term = Guid.TryParse(termId, out var t) ? t : Guid.Empty;
            tests.Add(i => Array.IndexOf(snapshot.Organisations[i].Terms, term) >= 0);
        }
        if (request.TaxonomyId is { } taxonomyId)
        {
            var taxonomy = FeedTaxonomies.All(await OpenReferralApi.PlaceNamesOf(grains, cancellationToken)).FirstOrDefault(x => x.Id == taxonomyId.ToLowerInvariant());
            var terms = taxonomy is null ? [] : FeedTaxonomies.Terms([taxonomy]).Select(x => Guid.Parse(x.Id)).ToHashSet();
            tests.Add(i => snapshot.Organisations[i].Terms.Any(terms.Contains));
        }
        if (request.OrganizationId is { } organizationId)
        {
            var only = Guid.TryParse(organizationId, out var o) && snapshot.OrganisationIndex.TryGetValue(o, out var at) ? at : -1;
            tests.Add(i => i == only);
        }
        if (request.ModifiedAfter is { } after)
            tests.Add(i => snapshot.Organisations[i].Modified >= after);
        return i => tests.TrueForAll(test => test(i));
    }
}
