using System.Globalization;
using Convening.Contracts.Boards;
using Convening.Contracts.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Boards;

public sealed partial class ShowModel
{
    public Task<IActionResult> OnPostAddLane() => Do(new AddLane(Text ?? ""), "Lane added");

    public Task<IActionResult> OnPostRenameLane() => Do(new RenameLane(LaneId ?? "", Text ?? ""), "Lane renamed");

    public Task<IActionResult> OnPostRemoveLane() => Do(new RemoveLane(LaneId ?? ""), "Lane removed");

    [BindProperty(Name = "template")] public BoardTemplate? Template { get; set; }

    /// <summary>A template's lanes added to the open board; an unknown template is refused by the board.</summary>
    public Task<IActionResult> OnPostApplyTemplate() =>
        Do(new ApplyTemplate(Template ?? (BoardTemplate)(-1)), $"Template's lanes added: {BoardTemplates.Label(Template ?? BoardTemplate.Default)}");

    public Task<IActionResult> OnPostOpenVote() =>
        Do(new OpenVote(Number ?? 3, Minutes is > 0 ? Minutes * 60 : null), "Vote opened");

    public Task<IActionResult> OnPostCloseVote() => Do(new CloseVote(), "Vote closed: the results are showing");

    public Task<IActionResult> OnPostStartTimer() => Do(new StartTimer((Minutes ?? 0) * 60), "Timer started");

    public Task<IActionResult> OnPostStopTimer() => Do(new StopTimer(), "Timer stopped");

    public Task<IActionResult> OnPostLock() => Do(new SetLocked(Number == 1), Number == 1 ? "Board locked" : "Board unlocked");

    public Task<IActionResult> OnPostPrivate() => Do(new StartPrivateWriting(), "Private writing started: each new card is seen only by its author until you reveal them");

    public Task<IActionResult> OnPostReveal() => Do(new RevealCards(Number == 1), "Cards revealed");

    public Task<IActionResult> OnPostFocus() => Do(new FocusLane(string.IsNullOrEmpty(LaneId) ? null : LaneId), "Everyone's attention moved");

    /// <summary>Time left on the facilitator's timer, for people without JavaScript.</summary>
    public string? TimerText(DateTimeOffset now) =>
        Board.TimerEndsAt is { } end && end > now ? $"Timer: ends at {UkClock(end, "HH:mm:ss")}" : null;

    private static readonly TimeZoneInfo Uk = ZonedTime.Zone(People.TimeZones.Default);

    /// <summary>
    /// A clock time on the board as its people (UK councils, NHS teams, charities) read it, in UK time
    /// whatever the server's own zone; the live board's script shows the same (board/view.mjs, ukClock).
    /// </summary>
    public static string UkClock(DateTimeOffset instant, string format = "HH:mm") =>
        ZonedTime.Local(instant, Uk).ToString(format, CultureInfo.InvariantCulture);
}
