using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory;

[GenerateSerializer, Alias("convening.organisation-state")]
public sealed class OrganisationState
{
    [Id(0)] public bool Exists { get; set; }

    /// <summary>Never Submitted/Returned once published: those describe <see cref="Pending"/>.</summary>
    [Id(1)] public EntryStatus Status { get; set; }
    [Id(2)] public EntryContent? Published { get; set; }
    [Id(3)] public EntryContent? Pending { get; set; }
    [Id(4)] public bool PendingReturned { get; set; }
    [Id(5)] public HashSet<string> Editors { get; set; } = [];
    [Id(6)] public string SubmitterName { get; set; } = "";
    [Id(7)] public DateTimeOffset? AssuredAt { get; set; }
    [Id(8)] public DateTimeOffset? SubmittedAt { get; set; }
    [Id(9)] public List<ModerationComment> Comments { get; set; } = [];
    [Id(10)] public List<Endorsement> Endorsements { get; set; } = [];

    /// <summary>False from a public change until the directory feed has it; a new activation re-announces.</summary>
    [Id(11)] public bool Announced { get; set; }

    /// <summary>Submissions that carried a request id, remembered with the entry they made.</summary>
    [Id(12)] public RecentRequests Requests { get; set; } = new();

    /// <summary>A version its editors saved and have not sent; only they see it.</summary>
    [Id(13)] public EntryContent? Draft { get; set; }
    [Id(14)] public DateTimeOffset? DraftSavedAt { get; set; }

    /// <summary>True while the entry has only ever been a draft: moderators don't see it, and withdrawing it deletes it.</summary>
    [Id(15)] public bool NeverSent { get; set; }
}
