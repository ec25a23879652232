using Convening.Contracts.Gatherings;
using Convening.Contracts.People;
using Convening.Web.Edge;
using Convening.Web.Gatherings;
using Convening.Web.Pages.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.People;

/// <summary>When someone is away, whom to contact instead, and their private calendar feed.</summary>
public sealed partial class ProfileModel
{
    private static readonly string[] AwayFields = ["away-from", "away-to", "deputy-name", "deputy-contact"];

    [BindProperty(Name = "deputy-name")] public string? DeputyName { get; set; }
    [BindProperty(Name = "deputy-contact")] public string? DeputyContact { get; set; }
    [BindProperty(Name = "absence-id")] public string? AbsenceId { get; set; }

    /// <summary>The address calendar apps subscribe to, or null until the person makes one.</summary>
    public string? FeedUrl { get; private set; }

    public Task<IActionResult> OnPostAbsence() => Attempt(async () =>
    {
        var from = DateBoxes.Read(Request.Form, "away-from", "your first day away");
        var to = DateBoxes.Read(Request.Form, "away-to", "your last day away");
        await Me.AddAbsence(from, to, CallerId);
        Notify($"You are away from {GatheringText.Date(from)} to {GatheringText.Date(to)}. Gatherings will not be suggested then.");
        return RedirectToPage("/People/Profile", null, null, "away");
    }, LoadPerson);

    public Task<IActionResult> OnPostRemoveAbsence() => Attempt(async () =>
    {
        await Me.RemoveAbsence(AbsenceId ?? "", CallerId);
        Notify("The absence has been removed.");
        return RedirectToPage("/People/Profile", null, null, "away");
    }, LoadPerson);

    public Task<IActionResult> OnPostDeputy() => Attempt(async () =>
    {
        var clear = string.IsNullOrWhiteSpace(DeputyName) && string.IsNullOrWhiteSpace(DeputyContact);
        await Me.SetDeputy(clear ? null : new Deputy(DeputyName ?? "", DeputyContact ?? ""), CallerId);
        Notify(clear ? "You have no deputy named now." : "Your deputy has been saved. Convenors see them when you cannot come.");
        return RedirectToPage("/People/Profile", null, null, "deputy");
    }, LoadPerson);

    /// <summary>Makes a new feed address; calendars subscribed to the old one stop getting updates.</summary>
    public Task<IActionResult> OnPostFeed() => Attempt(async () =>
    {
        var hadOne = await Feed.GetToken(CallerId) is not null;
        await Feed.Reset(CallerId);
        Notify(hadOne ? "You have a new calendar feed address. The old one no longer works." : "Your calendar feed is ready.");
        return RedirectToPage("/People/Profile", null, null, "calendar");
    }, LoadPerson);

    private IPersonGrain Me => Grains.GetGrain<IPersonGrain>(CallerId ?? "");

    private ICalendarFeedGrain Feed => Grains.GetGrain<ICalendarFeedGrain>(CallerId ?? "");

    private async Task LoadFeed() =>
        FeedUrl = await Feed.GetToken(CallerId) is { } token ? HttpContext.Absolute(CalendarEndpoints.FeedPath(token)) : null;
}
