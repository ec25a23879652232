using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.OrganisationDirectory.Import;

/// <summary>
/// The directory's rules for an entry (the organisation grain's, with the same codes), checked
/// before any record is imported so that the report gives every reason at once; the grain checks
/// again and has the last word.
/// </summary>
public static class ImportRules
{
    public static void Check(HsdsRecord record, IReadOnlySet<string> knownPlaces, HsdsFields read)
    {
        var c = record.Content;
        Required(read, c.Name, "name", "The organisation's name", Limits.NameLength);
        Required(read, c.Description, "description", "The description", DirectoryLimits.DescriptionLength);
        Url(read, c.Website, "website", "The website");
        if (c.Email.Length > 0 && !IsEmail(c.Email))
            read.Add("email.invalid", $"The email address '{c.Email}' is not in the right format, like name@example.org.");
        Max(read, c.Phone, "phone", "The phone number", DirectoryLimits.PhoneLength);
        if (c.Phone.Length is > 0 and <= DirectoryLimits.PhoneLength && !EntryFormats.IsPhone(c.Phone))
            read.Add("phone.invalid", $"The phone number '{c.Phone}' is not a telephone number, like 01632 960 001 or +44 808 157 0192.");
        if (c.Places.Count == 0)
            read.Add("places.empty", "The record names no place the organisation serves (a convening-place attribute). Choose a place for such records when uploading.");
        if (c.Places.Count > DirectoryLimits.PlacesPerEntry)
            read.Add("places.too-many", $"An organisation can serve at most {DirectoryLimits.PlacesPerEntry} places.");
        foreach (var slug in c.Places.Where(p => !knownPlaces.Contains(p)))
            read.Add("place.not-found", $"There is no place called '{slug}' in Convening. Create the place first, or leave it out.");
        Identifiers(read, c.OrgIds);
        if (c.Services.Count > DirectoryLimits.ServicesPerEntry)
            read.Add("services.too-many", $"An organisation can list at most {DirectoryLimits.ServicesPerEntry} services.");
        if (c.Services.Select(s => s.Id).Distinct().Count() < c.Services.Count)
            read.Add("service.duplicate-id", "Two services have the same id.");
        foreach (var (service, i) in c.Services.Select((s, i) => (s, i)))
            Service(read, service, $"Service {i + 1} ({(service.Name.Length > 0 ? service.Name : "no name")})");
        foreach (var claim in c.Approaches)
        {
            var name = DirectoryTaxonomy.Find(DirectoryTaxonomy.Approaches, claim.Approach)?.Name ?? claim.Approach;
            Required(read, claim.Practice, "practice", $"What the organisation does in practice for {name}", DirectoryLimits.ApproachTextLength);
            Max(read, claim.Evidence, "evidence", $"The evidence for {name}", DirectoryLimits.ApproachTextLength);
        }
    }

    private static void Identifiers(HsdsFields read, IReadOnlyList<OrgIdentifier> identifiers)
    {
        if (identifiers.Count > OrgIdSchemes.MaxPerEntry)
            read.Add("identifiers.too-many", $"An organisation can carry at most {OrgIdSchemes.MaxPerEntry} identifiers.");
        foreach (var identifier in identifiers)
        {
            try
            {
                OrgIdSchemes.Check(identifier.Scheme, identifier.Identifier);
            }
            catch (ConveningException e)
            {
                var scheme = identifier.Scheme.Length > 0 ? identifier.Scheme : "no identifier_scheme";
                read.Add(e.Code, $"The identifier '{Clip(identifier.Identifier)}' ({Clip(scheme)}): {e.Message} Accepted registers: {string.Join(", ", OrgIdSchemes.All.Select(s => s.Code))}.");
            }
        }
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";

    private static void Service(HsdsFields read, ServiceOffer service, string where)
    {
        Required(read, service.Name, "service-name", $"{where}: the name", Limits.NameLength);
        Max(read, service.Description, "service-description", $"{where}: the description", DirectoryLimits.DescriptionLength);
        Max(read, service.HowToAccess, "how-to-access", $"{where}: how to access it", Limits.NoteLength);
        Max(read, service.When, "when", $"{where}: when it runs", Limits.NoteLength);
        if (service.Locations.Count > DirectoryLimits.LocationsPerService)
            read.Add("locations.too-many", $"{where} has more than {DirectoryLimits.LocationsPerService} locations.");
        foreach (var location in service.Locations)
        {
            var at = $"{where}, location '{(location.Name.Length > 0 ? location.Name : location.Id)}'";
            Max(read, location.Name, "location-name", $"{at}: the name", Limits.NameLength);
            if (location.Kind == LocationKind.Virtual)
            {
                Required(read, location.Url, "location-url", $"{at}: the web address of an online location", DirectoryLimits.UrlLength);
                Url(read, location.Url, "location-url", $"{at}: the web address");
                continue;
            }
            Required(read, location.Address, "address", $"{at}: the address", Limits.ShortText);
            Required(read, location.Town, "town", $"{at}: the town", Limits.NameLength);
            Required(read, location.Postcode, "postcode", $"{at}: the postcode", DirectoryLimits.PostcodeLength);
            if (location.Postcode.Length is > 0 and <= DirectoryLimits.PostcodeLength && !EntryFormats.IsPostcode(location.Postcode.ToUpperInvariant()))
                read.Add("postcode.invalid", $"{at}: '{location.Postcode}' is not a UK postcode, like SW1A 1AA.");
        }
    }

    public static bool IsEmail(string value)
    {
        try
        {
            Contracts.Check.Email(value);
            return true;
        }
        catch (ConveningException)
        {
            return false;
        }
    }

    private static void Url(HsdsFields read, string value, string code, string what)
    {
        if (value.Length == 0)
            return;
        if (value.Length > DirectoryLimits.UrlLength)
            read.Add($"{code}.too-long", $"{what} must be {DirectoryLimits.UrlLength} characters or fewer.");
        else if (!EntryFormats.IsWebAddress(value))
            read.Add($"{code}.invalid", $"{what} '{value}' is not a full web address starting with https:// or http://.");
    }

    private static void Required(HsdsFields read, string value, string code, string what, int max)
    {
        if (value.Length == 0)
            read.Add($"{code}.empty", $"{what} is missing.");
        Max(read, value, code, what, max);
    }

    private static void Max(HsdsFields read, string value, string code, string what, int max)
    {
        if (value.Length > max)
            read.Add($"{code}.too-long", $"{what} must be {max:N0} characters or fewer.");
    }
}
