using Convening.Contracts.Places;

namespace Convening.Grains.Places;

[GenerateSerializer, Alias("convening.place-state")]
public sealed class PlaceState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string Purpose { get; set; } = "";
    [Id(3)] public List<string> StewardIds { get; set; } = [];
    /// <summary>The approved groups, by name; the place's audience is their members and the stewards.</summary>
    [Id(4)] public List<GroupSummary> Groups { get; set; } = [];
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Stewards' names as shown on the place, by id (places stored before this have none until activated).</summary>
    [Id(6)] public Dictionary<string, PlaceSteward> Stewards { get; set; } = [];
    /// <summary>Groups waiting for a steward's approval, oldest first.</summary>
    [Id(7)] public List<GroupRequest> Requests { get; set; } = [];
    /// <summary>Commissioners by id, in the order appointed: they see only suppressed totals.</summary>
    [Id(8)] public List<PlaceSteward> Commissioners { get; set; } = [];
    /// <summary>The create request that carried a request id, remembered with the place it made.</summary>
    [Id(9)] public RecentRequests Created { get; set; } = new();
}
