using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>A service as the HSDS API gives it: in a list (compiled/service_list.json) or on its own (compiled/service.json).</summary>
public static class HsdsServiceWriter
{
    /// <summary>The service's one-to-one fields and its organisation, as list items carry them.</summary>
    public static JsonObject ListItem(DirectoryDocument document, ServiceOffer service)
    {
        var json = HsdsWriter.Service(document, service, withLocations: false);
        json.Remove("schedules");
        json.Remove("service_at_locations");
        json["organization"] = Organization(document);
        return json;
    }

    /// <summary>The service with its schedules, its locations (each inside its service_at_location) and its organisation.</summary>
    public static JsonObject Full(DirectoryDocument document, ServiceOffer service)
    {
        var json = HsdsWriter.Service(document, service, withLocations: true);
        json["organization"] = Organization(document);
        return json;
    }

    private static JsonObject Organization(DirectoryDocument document)
    {
        var content = document.Content;
        var json = new JsonObject { ["id"] = document.Id, ["name"] = content.Name, ["description"] = content.Description };
        if (content.Email.Length > 0)
            json["email"] = content.Email;
        if (content.Website.Length > 0)
            json["website"] = content.Website;
        return json;
    }
}
