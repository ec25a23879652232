using System.Globalization;
using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.OrganisationDirectory.Oruk;

/// <summary>
/// Published entries in the shapes of the Open Referral UK 3.0 API (which are HSDS 3.0's with UK
/// rules): list items with one-to-one fields, full records nested. Empty optional fields are left out.
/// </summary>
public static class FeedRecords
{
    public static JsonObject OrganizationItem(DirectoryDocument document)
    {
        var content = document.Content;
        var json = new JsonObject { ["id"] = document.Id, ["name"] = content.Name, ["description"] = content.Description };
        if (content.Email.Length > 0)
            json["email"] = content.Email;
        if (content.Website.Length > 0)
            json["website"] = content.Website;
        return json;
    }

    /// <summary>The whole organization; with <paramref name="fullServices"/> each service is nested in full.</summary>
    public static JsonObject Organization(DirectoryDocument document, IReadOnlyDictionary<string, string> placeNames, bool fullServices)
    {
        var json = HsdsWriter.Organization(document, placeNames);
        if (fullServices)
            json["services"] = new JsonArray([.. document.Content.Services.Select(s => (JsonNode)HsdsServiceWriter.Full(document, s))]);
        return json;
    }

    /// <summary>A service for a list: full, one-to-one fields, or (minimal) just what identifies it and when it changed.</summary>
    public static JsonObject Service(DirectoryDocument document, ServiceOffer service, FeedRequest request)
    {
        if (request.Minimal)
            return new JsonObject { ["id"] = service.Id, ["name"] = service.Name, ["status"] = "active", ["last_modified"] = Modified(document) };
        return request.Full ? HsdsServiceWriter.Full(document, service) : HsdsServiceWriter.ListItem(document, service);
    }

    public static JsonObject Link(DirectoryDocument document, ServiceOffer service, ServiceLocation location, bool full) => new()
    {
        ["id"] = HsdsWriter.LinkId(document.Id, service.Id, location.Id),
        ["service_id"] = service.Id,
        ["location_id"] = location.Id,
        ["location"] = HsdsWriter.Location(document.Id, location),
        ["service"] = full ? HsdsServiceWriter.Full(document, service) : HsdsServiceWriter.ListItem(document, service),
    };

    private static string Modified(DirectoryDocument document) =>
        document.AssuredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
