using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>One service as the entry form posts it (services[0].name …).</summary>
public sealed class ServiceForm
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? HowToAccess { get; set; }
    public string? When { get; set; }
    public List<LocationForm> Locations { get; set; } = [];

    /// <summary>Nothing typed in it: an empty block the form offered, left out of the entry.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(HowToAccess)
        && string.IsNullOrWhiteSpace(When) && Locations.All(l => l.IsBlank);

    public static ServiceForm Empty() => new() { Locations = [new LocationForm()] };

    public static ServiceForm From(ServiceOffer offer) => new()
    {
        Id = offer.Id, Name = offer.Name, Description = offer.Description, HowToAccess = offer.HowToAccess, When = offer.When,
        Locations = [.. offer.Locations.Select(LocationForm.From)],
    };

    public ServiceOffer ToOffer() => new(NewId(Id), Name ?? "", Description ?? "", HowToAccess ?? "", When ?? "",
        [.. Locations.Where(l => !l.IsBlank).Select(l => l.ToLocation())]);

    /// <summary>A kept service or location keeps its uuid; a new one gets one (lower case, with hyphens).</summary>
    internal static string NewId(string? id) => Guid.TryParse(id, out var guid) ? guid.ToString("D") : Guid.NewGuid().ToString("D");
}

/// <summary>One place a service is delivered, as the entry form posts it.</summary>
public sealed class LocationForm
{
    public string? Id { get; set; }
    public string? Kind { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Url { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Address) && string.IsNullOrWhiteSpace(Town)
        && string.IsNullOrWhiteSpace(Postcode) && string.IsNullOrWhiteSpace(Url);

    public LocationKind LocationKind => Kind == nameof(LocationKind.Virtual) ? LocationKind.Virtual : LocationKind.Physical;

    public static LocationForm From(ServiceLocation l) => new()
    {
        Id = l.Id, Kind = l.Kind.ToString(), Name = l.Name, Address = l.Address, Town = l.Town, Postcode = l.Postcode, Url = l.Url,
    };

    public ServiceLocation ToLocation() => new(ServiceForm.NewId(Id), LocationKind, Name ?? "", Address ?? "", Town ?? "", Postcode ?? "", Url ?? "");
}

/// <summary>An identifier row of the form: a register (org-id.guide list) and the organisation's number in it.</summary>
public sealed class IdentifierForm
{
    public string? Scheme { get; set; }
    public string? Id { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Scheme) && string.IsNullOrWhiteSpace(Id);

    public static IdentifierForm From(OrgIdentifier identifier) => new() { Scheme = identifier.Scheme, Id = identifier.Identifier };
}
