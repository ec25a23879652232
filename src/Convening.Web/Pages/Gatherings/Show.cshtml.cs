using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>
/// The gathering itself, for members of its group: when and where, replies, the agenda, the
/// check-in round, notes, decisions, actions and, afterwards, how the conversation went. Each
/// section is a form of its own; the grain decides who may do what, and the page only hides
/// what a person could not use.
/// </summary>
public sealed partial class ShowModel : ConveningPageModel
{
    /// <summary>Replies named on the page; a very large group's are counted beyond this.</summary>
    public const int RepliesShown = 100;

    [FromRoute] public string Id { get; set; } = "";

    public GatheringView Gathering { get; private set; } = null!;
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public string? MyTimeZone { get; private set; }

    public GatheringSummary Summary => Gathering.Summary;
    public GatheringDetails Details => Summary.Details;
    public string? Me => CallerId;
    public bool IsConvenor => Gathering.MyRole == GroupRole.Convenor;
    public bool CanChange => Gathering.MyRole != GroupRole.Observer && Summary.Status != GatheringStatus.Cancelled;
    public bool IsOver => Summary.End is { } end && end <= Now;
    public bool HasStarted => Summary.Start is { } start && start <= Now;
    public bool CanReply => Summary.Status == GatheringStatus.Planned && !IsOver;

    protected override IReadOnlyCollection<string> Fields =>
        ["answer", "reply-note", "agenda-title", "agenda-minutes", "check-in", "prompt", "decision", "action", "owner", "due", "level", "reflection-note"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["note"] = "reply-note",
        ["owner.not-a-member"] = "owner",
    };

    // The grains' clock, so the page and the grain agree on whether the gathering has happened.
    private DateTimeOffset Now => HttpContext.RequestServices.GetRequiredService<Convening.Grains.GrainClock>().UtcNow;

    private IGatheringGrain Grain => Grains.GetGrain<IGatheringGrain>(Id);

    public Task<IActionResult> OnGet() => Load(LoadGathering);

    private IActionResult Done(string message)
    {
        Notify(message);
        return RedirectToPage("/Gatherings/Show", new { id = Id });
    }

    private async Task LoadGathering()
    {
        Gathering = await Grain.Get(CallerId);
        var group = await Grains.GetGrain<IGroupGrain>(Summary.GroupId).GetDetails(CallerId);
        Members = [.. group.Members.OrderBy(m => m.Person.DisplayName, StringComparer.OrdinalIgnoreCase)];
        MyTimeZone = group.Members.FirstOrDefault(m => m.Person.Id == CallerId)?.Person.Availability.TimeZone;
    }
}
