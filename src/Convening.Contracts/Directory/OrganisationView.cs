namespace Convening.Contracts.Directory;

/// <summary>
/// An entry as one caller may see it. The public sees only <see cref="Published"/>; the submitter
/// and moderators also see <see cref="Pending"/> (the version waiting for review, or returned:
/// <see cref="PendingStatus"/> is Submitted or Returned) and the comments. <see cref="Status"/> is
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
    [property: Id(10)] EntryStatus? PendingStatus)
{
    /// <summary>What the caller should be shown: the pending version for its editors, else the published one.</summary>
    public EntryContent Current => (CanEdit || CanModerate ? Pending : null) ?? Published ?? Pending!;
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
