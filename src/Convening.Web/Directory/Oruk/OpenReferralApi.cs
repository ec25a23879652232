using System.Text.Json.Nodes;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;
using Convening.Web.Hosting;

namespace Convening.Web.OrganisationDirectory.Oruk;

/// <summary>
/// The directory as an Open Referral UK 3.0 feed (and so an HSDS 3.0 API) under /hsds: / (what the
/// API is), /openapi.json, and /services, /organizations, /taxonomies, /taxonomy_terms and
/// /service_at_locations, each paged and each with /{id}. Open access; every response, errors
/// included, carries Access-Control-Allow-Origin: *. Published entries only.
/// </summary>
public static class OpenReferralApi
{
    public const string Base = "/hsds";
    public const string Version = "HSDS-UK-3.0";
    public const string Profile = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";

    /// <summary>CORS for the feed: any origin may read it (GET, and the preflight some clients send).</summary>
    public static IApplicationBuilder UseOpenReferralCors(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (!http.Request.Path.StartsWithSegments(Base))
        {
            await next(http);
            return;
        }
        http.Response.OnStarting(() =>
        {
            http.Response.Headers.AccessControlAllowOrigin = "*";
            return Task.CompletedTask;
        });
        if (HttpMethods.IsOptions(http.Request.Method))
        {
            http.Response.Headers.AccessControlAllowMethods = "GET, OPTIONS";
            http.Response.Headers.AccessControlAllowHeaders = "*";
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        await next(http);
    });

    public static IEndpointRouteBuilder MapOpenReferral(this IEndpointRouteBuilder endpoints)
    {
        var feed = endpoints.MapGroup(Base).AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ConveningException e)
            {
                return Problem(ErrorStatus.For(e.Kind), e.Code, e.Message);
            }
        });
        feed.MapGet("/", About);
        feed.MapGet("/openapi.json", OpenApi);
        feed.MapGet("/services", OpenReferralLists.Services);
        feed.MapGet("/services/{id}", OpenReferralRecords.Service);
        feed.MapGet("/organizations", OpenReferralLists.Organizations);
        feed.MapGet("/organizations/{id}", OpenReferralRecords.Organization);
        feed.MapGet("/taxonomies", OpenReferralLists.Taxonomies);
        feed.MapGet("/taxonomies/{id}", OpenReferralRecords.Taxonomy);
        feed.MapGet("/taxonomy_terms", OpenReferralLists.TaxonomyTerms);
        feed.MapGet("/taxonomy_terms/{id}", OpenReferralRecords.TaxonomyTerm);
        feed.MapGet("/service_at_locations", OpenReferralLists.ServiceAtLocations);
        feed.MapGet("/service_at_locations/{id}", OpenReferralRecords.ServiceAtLocation);
        feed.MapGet("/{**rest}", () => Problem(404, "feed.not-found", "This feed has no such address; see openapi.json."));
        return endpoints;
    }

    public static string FeedUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{Base}";

    private static IResult About(HttpRequest request) => Results.Json(new JsonObject
    {
        ["version"] = Version,
        ["profile"] = Profile,
        ["openapi_url"] = $"{FeedUrl(request)}/openapi.json",
    });

    /// <summary>The profile's own OpenAPI description (shipped in standards/), with this feed as its server.</summary>
    private static async Task<IResult> OpenApi(HttpRequest request)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "standards", "oruk-3.0", "openapi.json");
        var openApi = JsonNode.Parse(await File.ReadAllTextAsync(path, request.HttpContext.RequestAborted))!.AsObject();
        openApi["servers"] = new JsonArray(new JsonObject { ["url"] = FeedUrl(request) });
        return Results.Json(openApi);
    }

    public static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });

    public static Task<IReadOnlyDictionary<string, string>> PlaceNamesOf(IGrainFactory grains, CancellationToken cancellationToken) =>
        PlaceNames.Load(grains, cancellationToken);

    public static async Task<Dictionary<Guid, DirectoryDocument>> Documents(IEnumerable<Guid> ids, DirectorySearch directory)
    {
        var distinct = ids.Distinct().ToList();
        var found = await Task.WhenAll(distinct.Select(id => directory.Find(id.ToString("D"))));
        return distinct.Zip(found).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!);
    }
}
