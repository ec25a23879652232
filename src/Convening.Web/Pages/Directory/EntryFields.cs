using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>The entry form's field names (which are also their ids), in page order, and its add/remove buttons.</summary>
public static class EntryFields
{
    public static IEnumerable<string> For(IReadOnlyList<ServiceForm> services, int identifiers)
    {
        string[] top = ["name", "kind", "description", "website", "email", "phone"];
        foreach (var field in top)
            yield return field;
        for (var i = 0; i < Math.Max(1, identifiers); i++)
        {
            yield return Identifier(i, "scheme");
            yield return Identifier(i, "id");
        }
        foreach (var field in new[] { "places", "sectors", "people" })
            yield return field;
        for (var i = 0; i < services.Count; i++)
        {
            foreach (var field in new[] { "name", "description", "howToAccess", "when" })
                yield return Service(i, field);
            for (var j = 0; j < services[i].Locations.Count; j++)
                foreach (var field in new[] { "kind", "name", "address", "town", "postcode", "url" })
                    yield return Location(i, j, field);
        }
        yield return "approaches";
        foreach (var approach in DirectoryTaxonomy.Approaches)
        {
            yield return $"practice[{approach.Code}]";
            yield return $"evidence[{approach.Code}]";
        }
        foreach (var statement in DirectoryTaxonomy.SelfAssessment)
            yield return $"assessment[{statement.Code}]";
    }

    public static string Service(int i, string field) => $"services[{i}].{field}";

    public static string Identifier(int i, string field) => $"identifiers[{i}].{field}";

    public static string Location(int i, int j, string field) => $"services[{i}].locations[{j}].{field}";

    /// <summary>Error codes whose field on the form has another name.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>
    {
        ["place"] = "places",
        ["sector"] = "sectors",
        ["people-served"] = "people",
        ["approach"] = "approaches",
    };

    /// <summary>Applies an "add another" or "remove" button; false when the form was sent to be saved.</summary>
    public static bool Apply(string? change, List<ServiceForm> services, List<IdentifierForm> identifiers)
    {
        var parts = (change ?? "").Split('-');
        int Index(int at) => at < parts.Length && int.TryParse(parts[at], out var n) ? n : -1;
        switch (parts[0])
        {
            case "add" when parts.Length == 2 && parts[1] == "identifier":
                if (identifiers.Count == 0)
                    identifiers.Add(new IdentifierForm());
                if (identifiers.Count < OrgIdSchemes.MaxPerEntry)
                    identifiers.Add(new IdentifierForm());
                return true;
            case "remove" when parts.Length == 3 && parts[1] == "identifier" && Index(2) is var k && k >= 0 && k < identifiers.Count:
                identifiers.RemoveAt(k);
                return true;
            case "add" when parts.Length == 2 && parts[1] == "service" && services.Count < DirectoryLimits.ServicesPerEntry:
                services.Add(ServiceForm.Empty());
                return true;
            case "add" when parts.Length == 3 && parts[1] == "location" && Index(2) is var i && i >= 0 && i < services.Count
                && services[i].Locations.Count < DirectoryLimits.LocationsPerService:
                services[i].Locations.Add(new LocationForm());
                return true;
            case "remove" when parts.Length == 3 && parts[1] == "service" && Index(2) is var i && i >= 0 && i < services.Count:
                services.RemoveAt(i);
                if (services.Count == 0)
                    services.Add(ServiceForm.Empty());
                return true;
            case "remove" when parts.Length == 4 && parts[1] == "location" && Index(2) is var i && Index(3) is var j
                && i >= 0 && i < services.Count && j >= 0 && j < services[i].Locations.Count:
                services[i].Locations.RemoveAt(j);
                return true;
            default:
                return change is { Length: > 0 };
        }
    }
}
