namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// An entry as one caller may see it. The public sees only <see cref="Published"/>; the submitter
/// and moderators also see <see cref="Pending"/> (the version waiting for review, or returned:
/// <see cref="PendingStatus"/> is Submitted or Returned) and the comments; its editors alone see
/// <see cref="Draft"/>, a version saved and not yet sent (an entry that was never sent has status Draft). <see cref="Status"/> is
/// Published or Withdrawn once the entry has been public, else the pending version's status.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.organisation-view")]
public sealed record OrganisationView(
    [property: Id(0)] string Id,
    [property: Id(1)] EntryStatus Status,
    [property: Id(2)] EntryContent? Published,
    [property: Id(3)] EntryContent? Pending,
    [property: Id(4)] DateTimeOffset? AssuredAt,
    [property: Id(5)] DateTimeOffset? SubmittedAt,
    [property: Id(6)] IReadOnlyList<Endorsement> Endorsements,
    [property: Id(7)] IReadOnlyList<ModerationComment> Comments,
    [property: Id(8)] bool CanEdit,
    [property: Id(9)] bool CanModerate,
    [property: Id(10)] EntryStatus? PendingStatus,
    [property: Id(11)] EntryContent? Draft = null,
    [property: Id(12)] DateTimeOffset? DraftSavedAt = null)
{
    /// <summary>What the caller should be shown: an editor's draft, else the pending version for its editors and moderators, else the published one.</summary>
    public EntryContent Current => (CanEdit ? Draft : null) ?? (CanEdit || CanModerate ? Pending : null) ?? Published ?? Pending ?? Draft!;
}

/// <summary>
/// A published entry as the search index and exports hold it: the content, when it was last
/// assured, and who endorsed which approach (names only).
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.directory-document")]
public sealed record DirectoryDocument(
    [property: Id(0)] string Id,
    [property: Id(1)] EntryContent Content,
    [property: Id(2)] DateTimeOffset AssuredAt,
    [property: Id(3)] IReadOnlyList<Endorsement> Endorsements);

/// <summary>An entry waiting for a moderator.</summary>
[GenerateSerializer, Immutable, Alias("convening.moderation-item")]
public sealed record ModerationItem(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] bool IsChange,
    [property: Id(3)] string SubmitterName,
    [property: Id(4)] DateTimeOffset SubmittedAt);
