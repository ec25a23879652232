using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Contracts.Gatherings;

/// <summary>A gathering as a member of its group sees it.</summary>
[GenerateSerializer, Immutable, Alias("convening.gathering-view")]
public sealed record GatheringView(
    [property: Id(0)] GatheringSummary Summary,
    [property: Id(1)] GroupRole MyRole,
    [property: Id(2)] string CancelReason,
    [property: Id(3)] IReadOnlyList<GatheringResponse> Responses,
    [property: Id(4)] IReadOnlyList<AgendaItem> Agenda,
    [property: Id(5)] string CheckInPrompt,
    [property: Id(6)] IReadOnlyList<CheckInAnswer> CheckIns,
    [property: Id(7)] SharedNotes Notes,
    [property: Id(8)] IReadOnlyList<Decision> Decisions,
    [property: Id(9)] IReadOnlyList<ActionItem> Actions,
    [property: Id(10)] Reflection? MyReflection,
    [property: Id(11)] string? BoardId)
{
    public string Id => Summary.Id;

    public GatheringResponse? ResponseOf(string personId) => Responses.FirstOrDefault(r => r.Person.Id == personId);
}

/// <summary>Who someone is, as a gathering records them (their name when they acted).</summary>
[GenerateSerializer, Immutable, Alias("convening.gathering-person")]
public sealed record PersonRef(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] Sector Sector);

[GenerateSerializer, Immutable, Alias("convening.gathering-response")]
public sealed record GatheringResponse(
    [property: Id(0)] PersonRef Person,
    [property: Id(1)] ResponseAnswer Answer,
    [property: Id(2)] string Note,
    [property: Id(3)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("convening.agenda-item")]
public sealed record AgendaItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] int Minutes);

[GenerateSerializer, Immutable, Alias("convening.check-in-answer")]
public sealed record CheckInAnswer(
    [property: Id(0)] PersonRef Person,
    [property: Id(1)] string Answer,
    [property: Id(2)] DateTimeOffset At);

/// <summary>The shared notes (Markdown) and the version an editor must start from to save.</summary>
[GenerateSerializer, Immutable, Alias("convening.shared-notes")]
public sealed record SharedNotes(
    [property: Id(0)] string Markdown,
    [property: Id(1)] int Version,
    [property: Id(2)] string? UpdatedBy,
    [property: Id(3)] DateTimeOffset? UpdatedAt);

[GenerateSerializer, Immutable, Alias("convening.decision")]
public sealed record Decision(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] PersonRef RecordedBy,
    [property: Id(3)] DateTimeOffset At);

/// <summary>An action; <see cref="OwnerHasLeft"/> says its owner is no longer in the group, so someone should take it on.</summary>
[GenerateSerializer, Immutable, Alias("convening.action-item")]
public sealed record ActionItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Text,
    [property: Id(2)] PersonRef Owner,
    [property: Id(3)] DateOnly Due,
    [property: Id(4)] DateTimeOffset? DoneAt,
    [property: Id(5)] bool OwnerHasLeft)
{
    public bool Done => DoneAt is not null;
}

[GenerateSerializer, Immutable, Alias("convening.reflection")]
public sealed record Reflection(
    [property: Id(0)] ConversationLevel Level,
    [property: Id(1)] string Note,
    [property: Id(2)] DateTimeOffset At);
