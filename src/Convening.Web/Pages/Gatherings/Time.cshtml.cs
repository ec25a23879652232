using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Web.People;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>
/// Choosing when: the times that suit the most people from the most sectors, each saying who
/// cannot come and whom to contact instead; or another time, typed in the gathering's zone.
/// </summary>
public sealed class TimeModel : ConveningPageModel
{
    public const string Other = "other";

    [FromRoute] public string Id { get; set; } = "";
    [FromQuery(Name = "weeks")] public int Weeks { get; set; } = GatheringLimits.DefaultWeeksToSearch;
    [BindProperty(Name = "start")] public string? Choice { get; set; }
    [BindProperty(Name = "time")] public string? OtherTime { get; set; }

    public GatheringView Gathering { get; private set; } = null!;
    public IReadOnlyList<TimeSuggestion> Suggestions { get; private set; } = [];
    public GatheringDetails Details => Gathering.Summary.Details;

    protected override IReadOnlyCollection<string> Fields => ["start", "date", "time"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["availability.bad-time"] = "time",
        ["start.does-not-exist"] = "time",
    };

    /// <summary>The model the shared hint-and-error partial takes, for the radios drawn by hand on this page.</summary>
    public (string Id, string? Hint, FieldState State) StartError(FieldState state) => ("start", null, state);

    public static string Value(TimeSuggestion s) => s.Start.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public IReadOnlyList<Choice> WeekChoices =>
        [.. Enumerable.Range(1, GatheringLimits.MaxWeeksToSearch).Select(w => new Choice(w.ToString(CultureInfo.InvariantCulture), w == 1 ? "1 week" : $"{w} weeks"))];

    public Task<IActionResult> OnGet() => Load(LoadSuggestions);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var gathering = Grains.GetGrain<IGatheringGrain>(Id);
        var zone = ZonedTime.Zone((await gathering.Get(CallerId)).Summary.Details.TimeZone);
        var start = Chosen(zone);
        var view = await gathering.Schedule(start, CallerId);
        Notify($"{view.Summary.Details.Title} is planned for {GatheringText.When(start, view.Summary.Details.Minutes, view.Summary.Details.TimeZone)}.");
        return RedirectToPage("/Gatherings/Show", new { id = Id });
    }, LoadSuggestions);

    private DateTimeOffset Chosen(TimeZoneInfo zone)
    {
        if (string.IsNullOrEmpty(Choice))
            throw new ConveningException("start.empty", "Choose a time, or another time.");
        if (Choice != Other)
            return DateTimeOffset.TryParse(Choice, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : throw new ConveningException("start.empty", "Choose a time, or another time.");
        var date = DateBoxes.Read(Request.Form, "date", "the date");
        var minute = TimeOfDay.Parse(OtherTime, "start");
        return ZonedTime.Exact(date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute), zone);
    }

    private async Task LoadSuggestions()
    {
        var gathering = Grains.GetGrain<IGatheringGrain>(Id);
        Gathering = await gathering.Get(CallerId);
        AccessPolicy.Convenor(Gathering.MyRole);
        Weeks = Math.Clamp(Weeks, 1, GatheringLimits.MaxWeeksToSearch);
        if (Gathering.Summary.Status != GatheringStatus.Cancelled)
            Suggestions = await gathering.SuggestTimes(Weeks, GatheringLimits.DefaultSuggestions, CallerId);
    }
}
