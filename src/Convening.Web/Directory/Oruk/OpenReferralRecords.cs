using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Oruk;

/// <summary>The feed's single records by id: fully nested, or a 404 with a stable code (feed.not-found).</summary>
public static class OpenReferralRecords
{
    public static async Task<IResult> Service(string id, FeedCatalog catalog, DirectorySearch directory, HttpContext http)
    {
        var snapshot = await catalog.Current(http.RequestAborted);
        if (!Guid.TryParse(id, out var serviceId) || !snapshot.ServiceIndex.TryGetValue(serviceId, out var at)
            || await Document(snapshot, snapshot.Services[at].Organisation, directory) is not { } document
            || OpenReferralLists.ServiceOf(document, serviceId) is not { } service)
            return NotFound("service");
        return Results.Json(Hsds.HsdsServiceWriter.Full(document, service));
    }

    public static async Task<IResult> Organization(string id, FeedCatalog catalog, DirectorySearch directory, IGrainFactory grains, HttpContext http)
    {
        var request = FeedRequest.From(http.Request.Query);
        var snapshot = await catalog.Current(http.RequestAborted);
        if (!Guid.TryParse(id, out var organisationId) || !snapshot.OrganisationIndex.TryGetValue(organisationId, out var at)
            || await Document(snapshot, at, directory) is not { } document)
            return NotFound("organization");
        return Results.Json(FeedRecords.Organization(document, await OpenReferralApi.PlaceNamesOf(grains, http.RequestAborted), request.FullService));
    }

    public static async Task<IResult> ServiceAtLocation(string id, FeedCatalog catalog, DirectorySearch directory, HttpContext http)
    {
        var snapshot = await catalog.Current(http.RequestAborted);
        if (!Guid.TryParse(id, out var linkId) || !snapshot.LinkIndex.TryGetValue(linkId, out var at))
            return NotFound("service_at_location");
        var link = snapshot.Links[at];
        if (await Document(snapshot, link.Organisation, directory) is not { } document
            || OpenReferralLists.ServiceOf(document, link.Service) is not { } service
            || service.Locations.FirstOrDefault(l => Guid.TryParse(l.Id, out var g) && g == link.Location) is not { } location)
            return NotFound("service_at_location");
        return Results.Json(FeedRecords.Link(document, service, location, full: true));
    }

    public static async Task<IResult> Taxonomy(string id, IGrainFactory grains, HttpContext http) =>
        FeedTaxonomies.All(await OpenReferralApi.PlaceNamesOf(grains, http.RequestAborted)).FirstOrDefault(t => t.Id == id.ToLowerInvariant()) is { } taxonomy
            ? Results.Json(FeedTaxonomies.Json(taxonomy, withTerms: true))
            : NotFound("taxonomy");

    public static async Task<IResult> TaxonomyTerm(string id, IGrainFactory grains, HttpContext http) =>
        FeedTaxonomies.Terms(FeedTaxonomies.All(await OpenReferralApi.PlaceNamesOf(grains, http.RequestAborted))).FirstOrDefault(t => t.Id == id.ToLowerInvariant()) is { } term
            ? Results.Json(FeedTaxonomies.Json(term))
            : NotFound("taxonomy_term");

    private static Task<DirectoryDocument?> Document(FeedCatalog.Snapshot snapshot, int organisation, DirectorySearch directory) =>
        directory.Find(snapshot.Organisations[organisation].Id.ToString("D"));

    private static IResult NotFound(string what) =>
        OpenReferralApi.Problem(404, $"{what}.not-found", $"There is no published {what.Replace('_', ' ')} with this id.");
}
