using System.Globalization;
using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// A published entry as an Open Referral HSDS 3.0 organization (compiled/organization.json):
/// its services, their locations and schedules, and attributes linking it to our taxonomies.
/// Empty optional fields are left out rather than written as "", which the schema's formats refuse.
/// </summary>
public static class HsdsWriter
{
    public const string Country = "GB";

    public static JsonObject Organization(DirectoryDocument document, IReadOnlyDictionary<string, string> placeNames)
    {
        var id = document.Id;
        var content = document.Content;
        var organization = new JsonObject { ["id"] = id, ["name"] = content.Name, ["description"] = content.Description };
        AddIfAny(organization, "email", content.Email);
        AddIfAny(organization, "website", content.Website);
        if (content.Phone.Length > 0)
            organization["phones"] = new JsonArray(new JsonObject { ["id"] = HsdsIds.For(id, "phone"), ["organization_id"] = id, ["number"] = content.Phone });
        if (content.OrgIds.Count > 0)
            organization["organization_identifiers"] = new JsonArray([.. content.OrgIds.Select(x => Identifier(id, x))]);
        organization["locations"] = new JsonArray([.. Locations(content).Select(l => Location(id, l))]);
        organization["services"] = new JsonArray([.. content.Services.Select(s => Service(document, s, withLocations: false))]);
        organization["attributes"] = HsdsAttributeWriter.Attributes(id, content, placeNames);
        organization["metadata"] = Metadata(id, "organization", document.AssuredAt);
        return organization;
    }

    /// <summary>
    /// A service; in an organization its locations are the organization's and are linked by id, on
    /// its own (the REST API) each service_at_location carries its location.
    /// </summary>
    public static JsonObject Service(DirectoryDocument document, ServiceOffer service, bool withLocations)
    {
        var id = document.Id;
        var json = new JsonObject
        {
            ["id"] = service.Id,
            ["organization_id"] = id,
            ["name"] = service.Name,
            ["status"] = "active",
            ["assured_date"] = Date(document.AssuredAt),
        };
        AddIfAny(json, "description", service.Description);
        AddIfAny(json, "application_process", service.HowToAccess);
        var schedules = new JsonArray();
        if (service.When.Length > 0)
            schedules.Add(new JsonObject { ["id"] = HsdsIds.For(id, $"service/{service.Id}/schedule"), ["service_id"] = service.Id, ["description"] = service.When });
        json["schedules"] = schedules;
        json["service_at_locations"] = new JsonArray([.. service.Locations.Select(location =>
        {
            var link = new JsonObject
            {
                ["id"] = LinkId(id, service.Id, location.Id),
                ["service_id"] = service.Id,
                ["location_id"] = location.Id,
            };
            if (withLocations)
                link["location"] = Location(id, location);
            return (JsonNode)link;
        })]);
        return json;
    }

    public static JsonObject Location(string organizationId, ServiceLocation location)
    {
        var json = new JsonObject
        {
            ["id"] = location.Id,
            ["organization_id"] = organizationId,
            ["location_type"] = location.Kind == LocationKind.Virtual ? "virtual" : "physical",
        };
        AddIfAny(json, "name", location.Name);
        if (location.Kind == LocationKind.Virtual)
        {
            AddIfAny(json, "url", location.Url);
            return json;
        }
        json["addresses"] = new JsonArray(new JsonObject
        {
            ["id"] = HsdsIds.For(organizationId, $"location/{location.Id}/address"),
            ["location_id"] = location.Id,
            ["address_1"] = location.Address,
            ["city"] = location.Town,
            ["state_province"] = "",
            ["postal_code"] = location.Postcode,
            ["country"] = Country,
            ["address_type"] = "physical",
        });
        return json;
    }

    /// <summary>An identifier in an org-id.guide list, with the register's name as its type (which ORUK requires).</summary>
    private static JsonObject Identifier(string organizationId, OrgIdentifier identifier) => new()
    {
        ["id"] = HsdsIds.For(organizationId, $"identifier/{identifier.Scheme}/{identifier.Identifier}"),
        ["organization_id"] = organizationId,
        ["identifier_scheme"] = identifier.Scheme,
        ["identifier_type"] = OrgIdSchemes.Find(identifier.Scheme)?.IdentifierType ?? identifier.Scheme,
        ["identifier"] = identifier.Identifier,
    };

    /// <summary>The id of a service_at_location: derived from the entry, the service and the location.</summary>
    public static string LinkId(string organizationId, string serviceId, string locationId) =>
        HsdsIds.For(organizationId, $"service/{serviceId}/location/{locationId}");

    /// <summary>Every location of every service, once each (services may share one).</summary>
    public static IEnumerable<ServiceLocation> Locations(EntryContent content) =>
        content.Services.SelectMany(s => s.Locations).DistinctBy(l => l.Id);

    /// <summary>When the entry was last assured by a moderator, as HSDS metadata.</summary>
    private static JsonArray Metadata(string id, string resourceType, DateTimeOffset assuredAt) =>
    [
        new JsonObject
        {
            ["id"] = HsdsIds.For(id, "metadata/assured"),
            ["resource_id"] = id,
            ["resource_type"] = resourceType,
            ["last_action_date"] = Date(assuredAt),
            ["last_action_type"] = "assured",
            ["field_name"] = "",
            ["previous_value"] = "",
            ["replacement_value"] = "",
            ["updated_by"] = "Convening directory moderators",
        },
    ];

    private static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void AddIfAny(JsonObject json, string name, string value)
    {
        if (value.Length > 0)
            json[name] = value;
    }
}
