using System.Text.Json.Nodes;
using Convening.Contracts.Directory;

namespace Convening.Web.Directory.Hsds;

/// <summary>
/// A read-only part of the HSDS 3.0 reference API for other directory tools: GET /hsds/services
/// (paged: page from 1, per_page up to 100) and GET /hsds/services/{id}. Published services only.
/// </summary>
public static class HsdsServicesApi
{
    public const int MaxPerPage = 100;
    public const int DefaultPerPage = 50;

    public static IEndpointRouteBuilder MapHsdsServices(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/hsds/services", List);
        endpoints.MapGet("/hsds/services/{id}", One);
        return endpoints;
    }

    private static async Task<IResult> List(HttpRequest request, ServiceCatalog catalog, DirectorySearch directory)
    {
        if (!TryNumber(request, "page", 1, out var page) || !TryNumber(request, "per_page", DefaultPerPage, out var perPage))
            return Problem(400, "page.invalid", "page and per_page must be whole numbers from 1.");
        perPage = Math.Min(perPage, MaxPerPage);
        var snapshot = await catalog.Current(request.HttpContext.RequestAborted);
        var total = snapshot.Services.Count;
        var slice = snapshot.Services.Skip((int)Math.Min((long)(page - 1) * perPage, total)).Take(perPage).ToList();
        var ids = slice.Select(s => s.Organisation).Distinct().ToList();
        var found = await Task.WhenAll(ids.Select(id => directory.Find(id.ToString("D"))));
        var organisations = ids.Zip(found).ToDictionary(p => p.First, p => p.Second);
        var contents = new JsonArray();
        foreach (var (serviceId, organisationId) in slice)
            if (organisations[organisationId] is { } document && document.Content.Services.FirstOrDefault(s => Guid.TryParse(s.Id, out var g) && g == serviceId) is { } service)
                contents.Add(HsdsServiceWriter.ListItem(document, service));
        var pages = Math.Max(1, (total + perPage - 1) / perPage);
        return Results.Json(new JsonObject
        {
            ["total_items"] = total,
            ["total_pages"] = pages,
            ["page_number"] = page,
            ["size"] = perPage,
            ["first_page"] = page == 1,
            ["last_page"] = page >= pages,
            ["empty"] = contents.Count == 0,
            ["contents"] = contents,
        });
    }

    private static async Task<IResult> One(string id, ServiceCatalog catalog, DirectorySearch directory, HttpContext http)
    {
        if (!Guid.TryParse(id, out var serviceId))
            return NotFound();
        var snapshot = await catalog.Current(http.RequestAborted);
        if (!snapshot.OrganisationOf.TryGetValue(serviceId, out var organisationId)
            || await directory.Find(organisationId.ToString("D")) is not { } document
            || document.Content.Services.FirstOrDefault(s => Guid.TryParse(s.Id, out var g) && g == serviceId) is not { } service)
            return NotFound();
        return Results.Json(HsdsServiceWriter.Full(document, service));
    }

    private static bool TryNumber(HttpRequest request, string name, int fallback, out int value)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            value = fallback;
            return true;
        }
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value >= 1;
    }

    private static IResult NotFound() => Problem(404, "service.not-found", "There is no published service with this id.");

    private static IResult Problem(int status, string code, string detail) =>
        Results.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { ["code"] = code });
}
