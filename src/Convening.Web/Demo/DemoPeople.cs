using Convening.Contracts.People;
using Convening.Web.Pages.People;
using static System.DayOfWeek;

namespace Convening.Web.Demo;

internal sealed record DemoPerson(string Key, string Name, Sector Sector, string Organisation, IReadOnlyList<AvailabilityWindow> Hours)
{
    public string Email => $"{Key}@demo.convening.org";
}

/// <summary>People from the places in the background reading, across sectors and with lived experience.</summary>
internal static class DemoPeople
{
    public static IReadOnlyList<DemoPerson> All { get; } =
    [
        new("amara", "Amara Okafor", Sector.SocialCare, "Essex County Council, adult social care",
            [.. On("09:30-12:30, 13:30-16:00", Monday, Tuesday, Wednesday, Thursday)]),
        new("ben", "Ben Hollis", Sector.Employment, "Jobcentre Plus, Access to Work", [.. On("10:00-15:00", Tuesday, Thursday)]),
        new("claire", "Claire Whitmore", Sector.Housing, "Basildon Council, Disabled Facilities Grants",
            [.. On("09:00-12:00", Monday, Wednesday, Friday)]),
        new("dev", "Dev Sharma", Sector.LivedExperience, "Essex Coalition of Disabled People",
            [.. On("13:00-17:00", Wednesday), .. On("10:00-12:00", Saturday)]),
        new("efua", "Efua Mensah", Sector.Health, "Homerton Healthcare NHS Foundation Trust, health visiting",
            [.. On("08:30-10:00", Monday, Tuesday, Wednesday, Thursday, Friday)]),
        new("femi", "Femi Bello", Sector.VoluntaryCommunity, "Hackney Council for Voluntary Service", [.. On("11:00-15:00", Monday, Friday)]),
        new("grace", "Grace Adeyemi", Sector.SocialCare, "Hackney Council, Children and Families Service",
            [.. On("10:00-12:30, 14:00-16:30", Monday, Tuesday, Thursday)]),
        new("hannah", "Hannah Brooks", Sector.LivedExperience, "", [.. On("09:30-14:30", Tuesday, Thursday)]),
        new("imran", "Imran Qureshi", Sector.Health, "NHS Lincolnshire Integrated Care Board", [.. On("09:00-17:00", Monday, Wednesday)]),
        new("jo", "Jo Fairbairn", Sector.SocialCare, "Lincolnshire County Council, adult care",
            [.. On("13:00-16:00", Tuesday, Wednesday, Thursday)]),
        new("lewis", "Lewis Grant", Sector.Housing, "Aberdeen Foyer", [.. On("10:00-16:00", Monday, Tuesday, Wednesday, Thursday, Friday)]),
        new("morag", "Morag Innes", Sector.VoluntaryCommunity, "Homeless Network Scotland", [.. On("09:00-12:00", Tuesday, Wednesday)]),
        new("niamh", "Niamh Reid", Sector.Other, "Northfield Academy", [.. On("15:30-17:00", Monday, Tuesday, Wednesday, Thursday)]),
    ];

    /// <summary>The same hours on several days, written as the profile page asks for them.</summary>
    private static IEnumerable<AvailabilityWindow> On(string hours, params DayOfWeek[] days) =>
        days.SelectMany(day => WeeklyHours.TryParse(hours, day, out var windows, out var error)
            ? windows
            : throw new InvalidOperationException(error));
}
