namespace Convening.Grains.Boards;

/// <summary>A lane of a stored board: its title and the order of the cards everyone can see in it.</summary>
[GenerateSerializer, Alias("convening.lane-state")]
public sealed class LaneState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Title { get; set; } = "";
    [Id(2)] public List<string> CardIds { get; set; } = [];
}
