namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// One entry a person edits, as their "your entries" page lists it: <see cref="HasDraft"/> when a
/// version is saved and not yet sent, and the moderators' last comment (shown while it is sent back).
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.editor-entry")]
public sealed record EditorEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] EntryStatus Status,
    [property: Id(3)] bool Waiting,
    [property: Id(4)] bool SentBack,
    [property: Id(5)] int Comments,
    [property: Id(6)] DateTimeOffset UpdatedAt,
    [property: Id(7)] bool HasDraft = false,
    [property: Id(8)] ModerationComment? LastComment = null);
