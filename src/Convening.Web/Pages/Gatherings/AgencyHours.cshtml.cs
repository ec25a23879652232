using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Web.Pages.People;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>
/// When each agency in a group works. Members of an agency are only suggested gathering times
/// inside its hours, so a council's 09:00–17:00 or a charity's part-time week is respected
/// even when a member's own hours are wider.
/// </summary>
public sealed class AgencyHoursModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "organisation")] public string? Organisation { get; set; }
    [BindProperty(Name = "time-zone")] public string? TimeZone { get; set; }

    public Dictionary<DayOfWeek, string> Hours { get; } = [];
    public GroupDetails Group { get; private set; } = null!;
    public IReadOnlyList<AgencyHours> Agencies { get; private set; } = [];
    public bool CanChange => Group.MyRole != GroupRole.Observer;

    /// <summary>Organisations members have named that have no hours yet, as suggestions.</summary>
    public IEnumerable<string> Unlisted => Group.Members.Select(m => m.Person.Organisation.Trim())
        .Where(o => o.Length > 0 && !Agencies.Any(a => string.Equals(a.Organisation, o, StringComparison.OrdinalIgnoreCase)))
        .Distinct(StringComparer.OrdinalIgnoreCase).Order();

    protected override IReadOnlyCollection<string> Fields =>
        ["organisation", "time-zone", .. WeeklyHours.Days.Select(WeeklyHours.FieldId)];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["availability.unknown-time-zone"] = "time-zone",
        ["availability.empty"] = WeeklyHours.FieldId(DayOfWeek.Monday),
        ["availability.overlapping"] = WeeklyHours.FieldId(DayOfWeek.Monday),
    };

    public Task<IActionResult> OnGet() => Load(LoadGroup);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var windows = WeeklyHours.Read(Request.Form, Hours, ModelState.AddModelError);
        if (!ModelState.IsValid)
            return await Invalid(LoadGroup);
        var hours = new AgencyHours(Organisation ?? "", new Availability(TimeZone ?? "", windows));
        await Index.SetAgencyHours(hours, CallerId);
        Notify($"{hours.Organisation.Trim()}’s working hours have been saved.");
        return RedirectToPage("/Gatherings/AgencyHours", new { id = Id });
    }, LoadGroup);

    public Task<IActionResult> OnPostRemove() => Attempt(async () =>
    {
        await Index.RemoveAgencyHours(Organisation ?? "", CallerId);
        Notify($"{Organisation}’s working hours have been removed.");
        return RedirectToPage("/Gatherings/AgencyHours", new { id = Id });
    }, LoadGroup);

    private IGroupGatheringsGrain Index => Grains.GetGrain<IGroupGatheringsGrain>(Id);

    private async Task LoadGroup()
    {
        Group = await Grains.GetGrain<IGroupGrain>(Id).GetDetails(CallerId);
        Agencies = await Index.GetAgencyHours(CallerId);
    }
}
