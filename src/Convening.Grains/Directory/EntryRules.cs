using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>Checks and tidies an entry; every error names the field it is about.</summary>
internal static class EntryRules
{
    /// <summary>A <paramref name="draft"/> may leave the description, places and approaches' practice to later; everything given is checked.</summary>
    public static async Task<EntryContent> Validate(IGrainFactory grains, EntryContent content, bool draft = false)
    {
        var entry = new EntryContent(
            At("name", () => Check.Text(content.Name, "name", Limits.NameLength)),
            At("kind", () => Enum.IsDefined(content.Kind) ? content.Kind : throw new ConveningException("kind.unknown", "Choose what kind of organisation this is.")),
            At("description", () => draft
                ? Check.OptionalMultiline(content.Description, "description", DirectoryLimits.DescriptionLength)
                : Check.Multiline(content.Description, "description", DirectoryLimits.DescriptionLength)),
            At("website", () => EntryChecks.WebAddress(content.Website, "website", required: false)),
            At("email", () => string.IsNullOrWhiteSpace(content.Email) ? "" : Check.Email(content.Email)),
            At("phone", () => EntryChecks.Phone(content.Phone)),
            await Places(grains, content.Places ?? [], draft),
            At("sectors", () => Distinct(content.Sectors ?? [], s => Enum.IsDefined(s), "sector")),
            At("peopleServed", () => Codes(content.PeopleServed ?? [], DirectoryTaxonomy.PeopleServed, "people-served")),
            Services(content.Services ?? []),
            Approaches(content.Approaches ?? [], draft),
            At("selfAssessment", () => SelfAssessment(content.SelfAssessment ?? [])),
            Identifiers(content.OrgIds));
        return entry;
    }

    private static T At<T>(string field, Func<T> check)
    {
        try
        {
            return check();
        }
        catch (ConveningException e) when (e.Field is null)
        {
            throw new ConveningException(e.Code, e.Message, e.Kind) { Field = field };
        }
    }

    private static async Task<IReadOnlyList<string>> Places(IGrainFactory grains, IReadOnlyList<string> slugs, bool draft)
    {
        var places = At("places", () => Distinct(slugs.Select(s => s?.Trim().ToLowerInvariant() ?? "").ToList(), s => s.Length > 0, "place"));
        if (places.Count == 0 && !draft)
            throw new ConveningException("places.empty", "Choose at least one place the organisation serves.") { Field = "places" };
        if (places.Count > DirectoryLimits.PlacesPerEntry)
            throw new ConveningException("places.too-many", $"Choose up to {DirectoryLimits.PlacesPerEntry} places.") { Field = "places" };
        var found = await Task.WhenAll(places.Select(p => grains.GetGrain<IPlaceGrain>(p).Exists()));
        var missing = places.Where((_, i) => !found[i]).ToList();
        if (missing.Count > 0)
            throw new ConveningException("place.not-found", $"There is no place called '{missing[0]}' in Convening.") { Field = "places" };
        return places;
    }

    /// <summary>Identifiers from the org-id.guide lists we accept, each once.</summary>
    private static IReadOnlyList<OrgIdentifier> Identifiers(IReadOnlyList<OrgIdentifier> identifiers)
    {
        if (identifiers.Count > OrgIdSchemes.MaxPerEntry)
            throw new ConveningException("identifiers.too-many", $"An entry can carry up to {OrgIdSchemes.MaxPerEntry} identifiers.") { Field = "identifiers" };
        var result = identifiers.Select((x, i) => At($"identifiers[{i}]", () => OrgIdSchemes.Check(x?.Scheme, x?.Identifier))).ToList();
        if (result.Distinct().Count() < result.Count)
            throw new ConveningException("identifier.duplicate", "The same identifier is listed twice.") { Field = "identifiers" };
        return result;
    }

    private static IReadOnlyList<ServiceOffer> Services(IReadOnlyList<ServiceOffer> services)
    {
        if (services.Count > DirectoryLimits.ServicesPerEntry)
            throw new ConveningException("services.too-many", $"An entry can list up to {DirectoryLimits.ServicesPerEntry} services.") { Field = "services" };
        var result = services.Select((s, i) => new ServiceOffer(
            At($"services[{i}].id", () => Uuid(s.Id)),
            At($"services[{i}].name", () => Check.Text(s.Name, "service-name", Limits.NameLength)),
            At($"services[{i}].description", () => Check.OptionalMultiline(s.Description, "service-description", DirectoryLimits.DescriptionLength)),
            At($"services[{i}].howToAccess", () => Check.OptionalMultiline(s.HowToAccess, "how-to-access", Limits.NoteLength)),
            At($"services[{i}].when", () => Check.OptionalMultiline(s.When, "when", Limits.NoteLength)),
            Locations(s.Locations ?? [], $"services[{i}]"))).ToList();
        if (result.Select(s => s.Id).Distinct().Count() < result.Count)
            throw new ConveningException("service.duplicate-id", "Two services have the same id.") { Field = "services" };
        return result;
    }

    private static IReadOnlyList<ServiceLocation> Locations(IReadOnlyList<ServiceLocation> locations, string at)
    {
        if (locations.Count > DirectoryLimits.LocationsPerService)
            throw new ConveningException("locations.too-many", $"A service can list up to {DirectoryLimits.LocationsPerService} locations.") { Field = $"{at}.locations" };
        return [.. locations.Select((l, i) => Location(l, $"{at}.locations[{i}]"))];
    }

    private static ServiceLocation Location(ServiceLocation l, string at)
    {
        var kind = At($"{at}.kind", () => Enum.IsDefined(l.Kind) ? l.Kind : throw new ConveningException("location-kind.unknown", "Choose whether people come to a building or use the service online or by phone."));
        var name = At($"{at}.name", () => Check.Optional(l.Name, "location-name", Limits.NameLength));
        if (kind == LocationKind.Virtual)
            return new ServiceLocation(At($"{at}.id", () => Uuid(l.Id)), kind, name, "", "", "", At($"{at}.url", () => EntryChecks.WebAddress(l.Url, "location-url", required: true)));
        return new ServiceLocation(
            At($"{at}.id", () => Uuid(l.Id)), kind, name,
            At($"{at}.address", () => Check.Text(l.Address, "address", Limits.ShortText)),
            At($"{at}.town", () => Check.Text(l.Town, "town", Limits.NameLength)),
            At($"{at}.postcode", () => EntryChecks.Postcode(l.Postcode)),
            "");
    }

    private static IReadOnlyList<ApproachClaim> Approaches(IReadOnlyList<ApproachClaim> claims, bool draft)
    {
        At("approaches", () => Distinct(claims.Select(c => c.Approach).ToList(), c => DirectoryTaxonomy.Find(DirectoryTaxonomy.Approaches, c) is not null, "approach"));
        return [.. claims.Select((c, i) => new ApproachClaim(
            c.Approach,
            At($"approaches[{i}].practice", () => draft
                ? Check.OptionalMultiline(c.Practice, "practice", DirectoryLimits.ApproachTextLength)
                : Check.Multiline(c.Practice, "practice", DirectoryLimits.ApproachTextLength)),
            At($"approaches[{i}].evidence", () => Check.OptionalMultiline(c.Evidence, "evidence", DirectoryLimits.ApproachTextLength))))];
    }

    private static IReadOnlyList<SelfAssessmentItem> SelfAssessment(IReadOnlyList<SelfAssessmentItem> items)
    {
        Distinct(items.Select(i => i.Statement).ToList(), s => DirectoryTaxonomy.Find(DirectoryTaxonomy.SelfAssessment, s) is not null, "self-assessment");
        if (items.Any(i => !Enum.IsDefined(i.Answer)))
            throw new ConveningException("self-assessment.unknown-answer", "Answer each statement with not yet, sometimes, mostly or always.");
        return [.. DirectoryTaxonomy.SelfAssessment.Select(t => items.FirstOrDefault(i => i.Statement == t.Code)).OfType<SelfAssessmentItem>()];
    }

    private static IReadOnlyList<string> Codes(IReadOnlyList<string> codes, IReadOnlyList<Term> terms, string what) =>
        Distinct(codes, c => DirectoryTaxonomy.Find(terms, c) is not null, what);

    private static IReadOnlyList<T> Distinct<T>(IReadOnlyList<T> values, Func<T, bool> known, string what)
    {
        foreach (var value in values.Where(v => !known(v)))
            throw new ConveningException($"{what}.unknown", $"'{value}' is not one of the choices for {what.Replace('-', ' ')}.");
        if (values.Distinct().Count() < values.Count)
            throw new ConveningException($"{what}.duplicate", $"Each {what.Replace('-', ' ')} can be chosen once.");
        return values;
    }

    private static string Uuid(string? id) =>
        string.IsNullOrWhiteSpace(id) ? Guid.NewGuid().ToString("D")
        : Guid.TryParse(id, out var guid) ? guid.ToString("D")
        : throw new ConveningException("id.invalid", "An id must be a uuid.");
}
