using Convening.Contracts.Places;

namespace Convening.Grains.Places;

[GenerateSerializer, Alias("convening.place-state")]
public sealed class PlaceState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Name { get; set; } = "";
    [Id(2)] public string Purpose { get; set; } = "";
    [Id(3)] public List<string> StewardIds { get; set; } = [];
    [Id(4)] public List<GroupSummary> Groups { get; set; } = [];
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
}
