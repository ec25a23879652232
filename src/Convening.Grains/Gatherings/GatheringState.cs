using Convening.Contracts.Gatherings;

namespace Convening.Grains.Gatherings;

[GenerateSerializer, Alias("convening.gathering-state")]
public sealed class GatheringState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string GroupId { get; set; } = "";
    [Id(2)] public string GroupName { get; set; } = "";
    [Id(3)] public GatheringDetails Details { get; set; } = new("", "", GatheringFormat.InPerson, "", "", 60, "Europe/London");
    [Id(4)] public GatheringStatus Status { get; set; }
    [Id(5)] public DateTimeOffset? Start { get; set; }
    /// <summary>The iCalendar SEQUENCE: goes up with every change a calendar app must pick up.</summary>
    [Id(6)] public int Sequence { get; set; }
    [Id(7)] public DateTimeOffset CreatedAt { get; set; }
    [Id(8)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(9)] public string CreatedBy { get; set; } = "";
    [Id(10)] public string CancelReason { get; set; } = "";
    [Id(11)] public Dictionary<string, GatheringResponse> Responses { get; set; } = [];
    [Id(12)] public List<AgendaItem> Agenda { get; set; } = [];
    [Id(13)] public string CheckInPrompt { get; set; } = GatheringLimits.DefaultCheckInPrompt;
    [Id(14)] public Dictionary<string, CheckInAnswer> CheckIns { get; set; } = [];
    [Id(15)] public SharedNotes Notes { get; set; } = new("", 0, null, null);
    [Id(16)] public List<Decision> Decisions { get; set; } = [];
    /// <summary>Stored with OwnerHasLeft false; whether the owner is still a member is asked of the group when shown.</summary>
    [Id(17)] public List<ActionItem> Actions { get; set; } = [];
    [Id(18)] public Dictionary<string, Reflection> Reflections { get; set; } = [];
    [Id(19)] public string? BoardId { get; set; }
    [Id(20)] public RecentRequests Requests { get; set; } = new();
}
