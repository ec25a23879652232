using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.People;

public sealed partial class ProfileModel : ConveningPageModel
{
    [BindProperty(Name = "display-name")] public string? DisplayName { get; set; }
    [BindProperty(Name = "sector")] public string? SectorChoice { get; set; }
    [BindProperty(Name = "organisation")] public string? Organisation { get; set; }
    [BindProperty(Name = "time-zone")] public string? TimeZone { get; set; }

    /// <summary>Each day's hours as typed; empty until the form is posted.</summary>
    public Dictionary<DayOfWeek, string> Hours { get; } = [];

    public PersonView Person { get; private set; } = null!;
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    public bool Welcome => Request.Query["welcome"] == "1";

    protected override IReadOnlyCollection<string> Fields =>
        ["display-name", "sector", "organisation", "time-zone", .. WeeklyHours.Days.Select(WeeklyHours.FieldId), .. AwayFields];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["profile.bad-sector"] = "sector",
        ["availability.unknown-time-zone"] = "time-zone",
        ["absence.overlapping"] = "away-from",
        ["absence"] = "away-to",
    };

    public string HoursText(DayOfWeek day) =>
        Hours.TryGetValue(day, out var text) ? text : WeeklyHours.Format(Person.Card.Availability.Windows, day);

    public Task<IActionResult> OnGet() => Load(LoadPerson);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        // In the order of the form, so that the error summary reads the same way.
        Precheck(() => Check.Text(DisplayName, "display-name", Limits.NameLength));
        var sector = Enum.TryParse<Sector>(SectorChoice, out var s) && Enum.IsDefined(s) ? s : (Sector?)null;
        if (sector is null)
            ModelState.AddModelError("sector", "Choose the sector you work in, or lived experience.");
        Precheck(() => Check.Optional(Organisation, "organisation", Limits.ShortText));
        var windows = WeeklyHours.Read(Request.Form, Hours, ModelState.AddModelError);
        if (!ModelState.IsValid)
            return await Invalid(LoadPerson);
        var profile = new UpdateProfile(DisplayName ?? "", sector!.Value, Organisation ?? "", new Availability(TimeZone ?? "", windows));
        await Grains.GetGrain<IPersonGrain>(CallerId ?? "").UpdateProfile(profile, CallerId);
        Notify("Your profile has been saved.");
        return RedirectToPage("/People/Profile");
    }, LoadPerson);

    private async Task LoadPerson()
    {
        Person = await Grains.GetGrain<IPersonGrain>(CallerId ?? "").Get(CallerId);
        Invitations = await Grains.GetGrain<IInvitationInboxGrain>(Person.Card.Email).List();
        await LoadFeed();
    }
}
