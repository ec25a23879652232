using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Web.People;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>A convenor records a gathering that has already taken place, so its record and reflection can follow.</summary>
public sealed class HeldModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "time")] public string? StartTime { get; set; }

    public GatheringView Gathering { get; private set; } = null!;

    /// <summary>Last week, as an example a person can read at a glance.</summary>
    public string Example => DateTime.Today.AddDays(-7).ToString("d M yyyy", CultureInfo.InvariantCulture);

    protected override IReadOnlyCollection<string> Fields => ["date", "time"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["start"] = "date",
        ["availability.bad-time"] = "time",
    };

    public Task<IActionResult> OnGet() => Load(LoadGathering);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadGathering();
        var details = Gathering.Summary.Details;
        DateOnly? date = null;
        Precheck(() => date = DateBoxes.Read(Request.Form, "date", "the date"));
        int? minute = null;
        Precheck(() => minute = TimeOfDay.Parse(StartTime, "time"));
        if (!ModelState.IsValid)
            return await Invalid(LoadGathering);
        var start = ZonedTime.Exact(date!.Value.ToDateTime(TimeOnly.MinValue).AddMinutes(minute!.Value), ZonedTime.Zone(details.TimeZone));
        await Grains.GetGrain<IGatheringGrain>(Id).RecordHeld(start, CallerId);
        Notify($"{details.Title} is recorded as held on {GatheringText.When(start, details.Minutes, details.TimeZone)}.",
            "Now write up what happened, and ask members how the conversation went.");
        return RedirectToPage("/Gatherings/Show", new { id = Id });
    }, LoadGathering);

    private async Task LoadGathering()
    {
        Gathering = await Grains.GetGrain<IGatheringGrain>(Id).Get(CallerId);
        if (Gathering.MyRole != GroupRole.Convenor)
            throw ConveningException.Forbidden("group.not-a-convenor", "Only the group's convenors can record when a gathering was held.");
    }
}
