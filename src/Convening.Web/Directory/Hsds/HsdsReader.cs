using System.Text.Json;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// The reverse of <see cref="HsdsWriter"/>: an HSDS 3.0 organization as an entry. Records from other
/// HSDS tools import too: what they have is mapped, attributes of other taxonomies are ignored, and
/// services no longer offered (inactive, defunct) are left out.
/// </summary>
public static class HsdsReader
{
    public static HsdsRecord Read(JsonElement organization, HsdsFields read)
    {
        var id = read.Id(organization, "The organisation", "id");
        var rawId = organization.TryGetProperty("id", out var raw) && raw.ValueKind == JsonValueKind.String ? raw.GetString()! : "";
        var locations = new Dictionary<string, JsonElement>();
        foreach (var location in read.Objects(organization, "locations", "The organisation"))
            if (HsdsIds.Normalise(read.Text(location, "id", "A location")) is { } locationId)
                locations.TryAdd(locationId, location);

        var phone = read.Objects(organization, "phones", "The organisation").Select(p => read.Text(p, "number", "A phone")).FirstOrDefault(n => n.Length > 0) ?? "";
        var services = read.Objects(organization, "services", "The organisation")
            .Select((s, i) => (Json: s, Index: i))
            .Where(s => read.Text(s.Json, "status", "A service") is not ("inactive" or "defunct"))
            .Select(s => Service(s.Json, s.Index, locations, read))
            .OfType<ServiceOffer>()
            .ToList();
        var attributes = HsdsAttributeReader.Read(organization, read);
        var content = new EntryContent(
            read.Text(organization, "name", "The organisation"),
            attributes.Kind,
            read.Text(organization, "description", "The organisation"),
            read.Text(organization, "website", "The organisation"),
            read.Text(organization, "email", "The organisation"),
            phone,
            attributes.Places,
            attributes.Sectors,
            attributes.PeopleServed,
            services,
            attributes.Approaches,
            attributes.SelfAssessment,
            [.. read.Objects(organization, "organization_identifiers", "The organisation").Select(x => Identifier(x, read))]);
        return new HsdsRecord(id, rawId, content);
    }

    /// <summary>An identifier as written; the scheme is an org-id.guide code (the import's rules check it is one we accept).</summary>
    private static OrgIdentifier Identifier(JsonElement identifier, HsdsFields read) =>
        new(read.Text(identifier, "identifier_scheme", "An identifier"), read.Text(identifier, "identifier", "An identifier"));

    private static ServiceOffer? Service(JsonElement service, int index, Dictionary<string, JsonElement> locations, HsdsFields read)
    {
        var where = $"Service {index + 1}";
        var id = read.Id(service, where, "service-id");
        var serviceLocations = new List<ServiceLocation>();
        foreach (var link in read.Objects(service, "service_at_locations", where))
        {
            var embedded = read.Object(link, "location", where);
            var locationId = HsdsIds.Normalise(read.Text(link, "location_id", where))
                ?? (embedded is { } e ? HsdsIds.Normalise(read.Text(e, "id", where)) : null);
            // A link to a location the record does not hold is left out: the location may be in another file.
            var location = embedded ?? (locationId is not null && locations.TryGetValue(locationId, out var known) ? known : null);
            if (location is { } l && locationId is not null && serviceLocations.All(x => x.Id != locationId))
                serviceLocations.Add(Location(locationId, l, read));
        }
        return id is null
            ? null
            : new ServiceOffer(id, read.Text(service, "name", where), read.Text(service, "description", where),
                read.Text(service, "application_process", where), When(service, where, read), serviceLocations);
    }

    private static ServiceLocation Location(string id, JsonElement location, HsdsFields read)
    {
        var name = read.Text(location, "name", "A location");
        if (read.Text(location, "location_type", "A location") == "virtual")
            return new ServiceLocation(id, LocationKind.Virtual, name, "", "", "", read.Text(location, "url", "A location"));
        var addresses = read.Objects(location, "addresses", "A location").ToList();
        var address = addresses.FirstOrDefault(a => read.Text(a, "address_type", "An address") == "physical");
        if (address.ValueKind != JsonValueKind.Object)
            address = addresses.FirstOrDefault();
        if (address.ValueKind != JsonValueKind.Object)
            return new ServiceLocation(id, LocationKind.Physical, name, "", "", "", "");
        var lines = string.Join(", ", new[] { read.Text(address, "address_1", "An address"), read.Text(address, "address_2", "An address") }.Where(x => x.Length > 0));
        return new ServiceLocation(id, LocationKind.Physical, name, lines, read.Text(address, "city", "An address"), read.Text(address, "postal_code", "An address"), "");
    }

    /// <summary>When the service runs: its schedules' descriptions, or their days and hours where a tool gives only those.</summary>
    private static string When(JsonElement service, string where, HsdsFields read) =>
        string.Join("\n", read.Objects(service, "schedules", where).Select(s =>
        {
            var description = read.Text(s, "description", where);
            if (description.Length > 0)
                return description;
            var hours = string.Join("–", new[] { read.Text(s, "opens_at", where), read.Text(s, "closes_at", where) }.Where(x => x.Length > 0));
            return string.Join(" ", new[] { read.Text(s, "byday", where), hours }.Where(x => x.Length > 0));
        }).Where(x => x.Length > 0));
}
