namespace Convening.Contracts.Gatherings;

/// <summary>
/// A meeting of a group: what it is for, where and when (a time found across members' hours,
/// absences and their agencies' working hours), who is coming, and the record of the meeting
/// itself — agenda, check-in round, notes, decisions, actions and how the conversation went.
/// Only members of the group see or change it; the grain asks the group who they are.
/// </summary>
public interface IGatheringGrain : IGrainWithStringKey
{
    /// <summary>Creates a draft for a group; convenors only. It has no time until it is scheduled.</summary>
    Task<GatheringView> Plan(string groupId, GatheringDetails details, string? callerId);

    Task<GatheringView> Get(string? callerId);

    /// <summary>Changes what, where and how long; a planned gathering's calendar entries are updated.</summary>
    Task<GatheringView> UpdateDetails(GatheringDetails details, string? callerId);

    /// <summary>Times over the coming weeks when the most, and the most varied, members can come.</summary>
    Task<IReadOnlyList<TimeSuggestion>> SuggestTimes(int weeks, int count, string? callerId);

    /// <summary>Sets or moves the time; it must be in the future.</summary>
    Task<GatheringView> Schedule(DateTimeOffset start, string? callerId);

    Task<GatheringView> Cancel(string reason, string? callerId);

    /// <summary>
    /// Records a gathering that has already taken place (a convenor writing up a meeting held before it was in
    /// Convening, or one never given a time), so its record and reflection can follow. The time must be past.
    /// </summary>
    Task<GatheringView> RecordHeld(DateTimeOffset start, string? callerId);

    /// <summary>Throws away a draft that was never given a time (and has no actions); convenors only.</summary>
    Task Discard(string? callerId);

    Task<GatheringView> Respond(ResponseAnswer answer, string note, string? callerId);

    /// <summary>Adds an item to the end of the agenda. Optional <paramref name="requestId"/>: see <see cref="RequestIds"/>; adding again with the same id adds it once.</summary>
    Task<GatheringView> AddAgendaItem(string title, int minutes, string? callerId, string? requestId = null);

    Task<GatheringView> RemoveAgendaItem(string itemId, string? callerId);

    Task<GatheringView> SetCheckInPrompt(string prompt, string? callerId);

    /// <summary>The caller's answer to the check-in prompt; answering again replaces it.</summary>
    Task<GatheringView> AnswerCheckIn(string answer, string? callerId);

    /// <summary>
    /// Replaces the shared notes. <paramref name="baseVersion"/> is the version the editor started
    /// from; if someone saved in between, the change is refused rather than overwriting theirs.
    /// </summary>
    Task<GatheringView> UpdateNotes(string notes, int baseVersion, string? callerId);

    /// <summary>Records a decision. Optional <paramref name="requestId"/>: see <see cref="RequestIds"/>; recording again with the same id records it once.</summary>
    Task<GatheringView> RecordDecision(string text, string? callerId, string? requestId = null);

    Task<GatheringView> RemoveDecision(string decisionId, string? callerId);

    /// <summary>
    /// An action for a member of the group, due on a date; it shows on their own page until done. The answer
    /// names the action made (the one made before, when retried with the same request id).
    /// </summary>
    Task<AddedAction> AddAction(ActionInput input, string? callerId);

    Task<GatheringView> UpdateAction(string actionId, ActionInput input, string? callerId);

    Task<GatheringView> SetActionDone(string actionId, bool done, string? callerId);

    /// <summary>After the gathering has started: how the conversation went, for the group's pattern over time.</summary>
    Task<GatheringView> Reflect(ConversationLevel level, string note, string? callerId);

    /// <summary>
    /// Called through the group's gatherings when a person starts (<paramref name="invited"/>) or stops
    /// being invited: while planned and ahead, they get the invitation with the current SEQUENCE, or a
    /// CANCEL that takes it out of their calendar. Told in the background.
    /// </summary>
    Task TellCalendar(string personId, bool invited);

    /// <summary>Opens the gathering's live board (once; later calls return the same board); members, not observers.</summary>
    Task<GatheringView> OpenBoard(string? callerId);
}

[GenerateSerializer, Immutable, Alias("convening.gathering-details")]
public sealed record GatheringDetails(
    [property: Id(0)] string Title,
    [property: Id(1)] string Purpose,
    [property: Id(2)] GatheringFormat Format,
    [property: Id(3)] string Address,
    [property: Id(4)] string JoinUrl,
    [property: Id(5)] int Minutes,
    [property: Id(6)] string TimeZone);

[GenerateSerializer, Immutable, Alias("convening.action-input")]
public sealed record ActionInput(
    [property: Id(0)] string Text,
    [property: Id(1)] string OwnerId,
    [property: Id(2)] DateOnly Due)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. Adding the same action again with the same id adds it once.</summary>
    [Id(3)] public string? RequestId { get; init; }
}

/// <summary>The action just added, and the gathering as its adder now sees it.</summary>
[GenerateSerializer, Immutable, Alias("convening.added-action")]
public sealed record AddedAction(
    [property: Id(0)] ActionItem Action,
    [property: Id(1)] GatheringView Gathering);
