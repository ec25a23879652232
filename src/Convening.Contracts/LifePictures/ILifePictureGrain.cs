namespace Convening.Contracts.LifePictures;

/// <summary>
/// A person's life picture (Valuing Good Lives): what matters to them in their words, their
/// strengths, goals and current support by life area and how well it matches, recorded with
/// them by a practitioner and kept over time so change shows. Special category data: only the
/// person (once they claim it) and the practitioners they named may open it, every read and
/// change is in an audit trail the person sees, and the content is sealed with the place's key.
/// Keyed by a random 32-hex id.
/// </summary>
public interface ILifePictureGrain : IGrainWithStringKey
{
    /// <summary>Records the first version; consent must be given (picture.no-consent). The caller becomes a named practitioner.</summary>
    Task<PictureView> Record(RecordPicture command, string? callerId);

    /// <summary>Opens the latest version (audited).</summary>
    Task<PictureView> Get(string? callerId);

    /// <summary>An earlier version (audited).</summary>
    Task<PictureVersionView> Version(int number, string? callerId);

    /// <summary>A new version from a named practitioner, or the person's correction; refused when someone saved first (picture.conflict).</summary>
    Task<PictureView> Save(SavePicture command, string? callerId);

    /// <summary>Whether the picture counts in the place's anonymous totals; the person or a named practitioner.</summary>
    Task<PictureView> SetCountsInTotals(bool counts, string? callerId);

    /// <summary>Names another practitioner who may see the picture (they need standing in the place).</summary>
    Task<PictureView> AddPractitioner(string personId, string? callerId);

    /// <summary>A practitioner leaves (themself, a colleague or the person removes them); the last keeper stays (picture.last-keeper).</summary>
    Task RemovePractitioner(string personId, string? callerId);

    /// <summary>A single-use secret for the claim link a practitioner gives the person (14 days).</summary>
    Task<string> IssueClaim(string? callerId);

    /// <summary>The person, signed in, follows the claim link: the picture becomes theirs to see, correct, download and withdraw.</summary>
    Task<PictureView> Claim(string secret, string? callerId);

    /// <summary>Everything held: every version, consent and the audit trail; the person only (audited).</summary>
    Task<PictureExport> Download(string? callerId);

    /// <summary>Who opened or changed the picture and when, newest first; the person and named practitioners.</summary>
    Task<IReadOnlyList<AuditEntry>> AuditTrail(string? callerId);

    /// <summary>Consent withdrawn: every version is erased and the person leaves the totals; the audit trail stays.</summary>
    Task Withdraw(string? callerId);

    /// <summary>What a list of pictures shows; not a read of the picture's content beyond the name it is known by.</summary>
    Task<PictureSummary> Summary(string? callerId);

    /// <summary>
    /// The caller's draft: their unsaved changes, or (started now, and audited as an opening) the
    /// latest version to change. For a picture not yet recorded, a blank one for <paramref name="placeSlug"/>
    /// (nothing stored) when the caller has standing there.
    /// </summary>
    Task<PictureDraft> Draft(string? placeSlug, string? callerId);

    /// <summary>Keeps the caller's changes to one section; a new picture's first needs consent (picture.no-consent).</summary>
    Task<PictureDraft> SaveDraft(PictureDraft draft, string? callerId);

    /// <summary>Checked answers saved: a new picture is recorded, or a new version made (picture.conflict when someone saved first).</summary>
    Task<PictureView> SubmitDraft(string? callerId);

    /// <summary>The caller's unsaved changes are thrown away.</summary>
    Task DiscardDraft(string? callerId);

    /// <summary>
    /// For the person's support plan (decision 0043): refused as opening the picture would be; otherwise
    /// <paramref name="action"/> (a plan action; null to check only) joins the picture's audit trail before the plan answers.
    /// <paramref name="personOnly"/> (and <see cref="PictureAction.PlanDownloaded"/>) refuses everyone but the person it is about.
    /// </summary>
    Task<PlanStanding> ForPlan(PictureAction? action, string? callerId, bool personOnly = false);

    /// <summary>
    /// For the retention job (decision 0050): unchanged for the rule's years, the picture and its plan are
    /// erased as a withdrawal erases them; erased or withdrawn for the rule's years, what is left goes too.
    /// Answers where it stands, for the place's schedule; asking again changes nothing.
    /// </summary>
    Task<RetentionMark> Retain(RetentionRule rule);

    /// <summary>
    /// Where the picture stands for retention, changing nothing (null when there is no picture): the retention job
    /// enrols every picture its place holds with it, so pictures recorded before retention existed join the schedule.
    /// </summary>
    Task<RetentionMark?> RetentionStanding();

    /// <summary>
    /// The record of who saw the picture, for the person it is about only (practitioners get picture.person-only,
    /// everyone else picture.not-shared): the one thing kept for them once it is erased or withdrawn. No content.
    /// </summary>
    Task<PersonsTrail> PersonsTrail(string? callerId);

    /// <summary>
    /// Whether the person's agreed plan may count in the place's totals now (the picture counts and is not
    /// withdrawn). Asked only by the plan grain when it counts itself again; answers nothing else.
    /// </summary>
    Task<bool> PlanMayCount();
}

/// <summary>What a support plan needs from its picture: the place, the goals to link, who is asking, whether it counts.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-standing")]
public sealed record PlanStanding(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] string KnownAs,
    [property: Id(2)] IReadOnlyList<AreaGoal> Goals,
    [property: Id(3)] bool CountsInTotals,
    [property: Id(4)] string CallerName,
    [property: Id(5)] bool CallerIsThePerson);

/// <summary>A life area's goals, in the person's words, from the latest version of their picture.</summary>
[GenerateSerializer, Immutable, Alias("convening.area-goal")]
public sealed record AreaGoal(
    [property: Id(0)] LifeArea Area,
    [property: Id(1)] string Goals);

/// <summary>Given: the person agreed to the picture being recorded and shared with the named practitioners.</summary>
[GenerateSerializer, Immutable, Alias("convening.picture-consent")]
public sealed record PictureConsent(
    [property: Id(0)] bool Given,
    [property: Id(1)] bool CountsInTotals);

[GenerateSerializer, Immutable, Alias("convening.record-picture")]
public sealed record RecordPicture(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] PictureConsent Consent,
    [property: Id(2)] PictureContent Content,
    [property: Id(3)] IReadOnlyList<string> OtherPractitionerIds);

[GenerateSerializer, Immutable, Alias("convening.save-picture")]
public sealed record SavePicture(
    [property: Id(0)] int ExpectedVersion,
    [property: Id(1)] PictureContent Content);

[GenerateSerializer, Immutable, Alias("convening.picture-person")]
public sealed record PicturePerson(
    [property: Id(0)] string Id,
    [property: Id(1)] string DisplayName);

[GenerateSerializer, Immutable, Alias("convening.picture-version-info")]
public sealed record PictureVersionInfo(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset SavedAt,
    [property: Id(2)] string SavedBy,
    [property: Id(3)] bool ByThePerson);

[GenerateSerializer, Immutable, Alias("convening.picture-view")]
public sealed record PictureView(
    [property: Id(0)] string Id,
    [property: Id(1)] string PlaceSlug,
    [property: Id(2)] PictureContent Content,
    [property: Id(3)] int Version,
    [property: Id(4)] IReadOnlyList<PictureVersionInfo> Versions,
    [property: Id(5)] IReadOnlyList<PicturePerson> Practitioners,
    [property: Id(6)] PicturePerson? Person,
    [property: Id(7)] bool CountsInTotals,
    [property: Id(8)] bool CallerIsThePerson)
{
    /// <summary>When the place's retention period erases the picture if nothing changes before then (decision 0050).</summary>
    [Id(9)] public DateTimeOffset? ErasureDue { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.picture-version-view")]
public sealed record PictureVersionView(
    [property: Id(0)] PictureVersionInfo Info,
    [property: Id(1)] PictureContent Content);

[GenerateSerializer, Immutable, Alias("convening.picture-summary")]
public sealed record PictureSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string PlaceSlug,
    [property: Id(2)] string KnownAs,
    [property: Id(3)] int Version,
    [property: Id(4)] DateTimeOffset UpdatedAt,
    [property: Id(5)] bool Withdrawn)
{
    /// <summary>Erased at the end of the place's retention period rather than withdrawn.</summary>
    [Id(6)] public bool ErasedByRetention { get; init; }
}

/// <summary>The person's view of their picture's audit trail: whether it was erased, how and when, and every entry, newest first.</summary>
[GenerateSerializer, Immutable, Alias("convening.persons-trail")]
public sealed record PersonsTrail(
    [property: Id(0)] string PictureId,
    [property: Id(1)] bool Erased,
    [property: Id(2)] bool ErasedByRetention,
    [property: Id(3)] DateTimeOffset? ErasedAt,
    [property: Id(4)] IReadOnlyList<AuditEntry> Entries);

[GenerateSerializer, Immutable, Alias("convening.picture-export")]
public sealed record PictureExport(
    [property: Id(0)] string Id,
    [property: Id(1)] string PlaceSlug,
    [property: Id(2)] IReadOnlyList<PictureVersionView> Versions,
    [property: Id(3)] IReadOnlyList<PicturePerson> Practitioners,
    [property: Id(4)] bool CountsInTotals,
    [property: Id(5)] IReadOnlyList<AuditEntry> Audit);

/// <summary>What happened to a picture, as its audit trail says it.</summary>
public enum PictureAction
{
    Recorded = 0,
    Opened = 1,
    ReadVersion = 2,
    Changed = 3,
    Corrected = 4,
    ConsentChanged = 5,
    PractitionerAdded = 6,
    PractitionerRemoved = 7,
    ClaimLinkIssued = 8,
    Claimed = 9,
    Downloaded = 10,
    Withdrawn = 11,
    PlanOpened = 12,
    PlanChanged = 13,
    PlanAgreed = 14,
    /// <summary>Erased by the retention job: unchanged for the place's retention period.</summary>
    Erased = 15,
    PlanReadVersion = 16,
    PlanDownloaded = 17,
}

/// <summary>One line of a picture's audit trail: never any of the picture's words.</summary>
[GenerateSerializer, Immutable, Alias("convening.picture-audit-entry")]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string ById,
    [property: Id(2)] string ByName,
    [property: Id(3)] PictureAction Action,
    [property: Id(4)] int Version,
    [property: Id(5)] string? AboutName = null);
