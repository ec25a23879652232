using Convening.Contracts.Principles;

namespace Convening.Grains.Principles;

[GenerateSerializer, Alias("convening.principle-state")]
public sealed class PrincipleState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string PlaceSlug { get; set; } = "";
    [Id(2)] public string PlaceName { get; set; } = "";
    [Id(3)] public string Statement { get; set; } = "";
    [Id(4)] public string Practice { get; set; } = "";
    [Id(5)] public List<string> Themes { get; set; } = [];
    [Id(6)] public List<Evidence> Evidence { get; set; } = [];
    [Id(7)] public PrincipleOrigin Origin { get; set; }
    [Id(8)] public PrincipleStatus Status { get; set; }
    [Id(9)] public string RootId { get; set; } = "";
    [Id(10)] public string? ParentId { get; set; }
    [Id(11)] public List<Story> Stories { get; set; } = [];
    [Id(12)] public HashSet<string> Endorsers { get; set; } = [];
    [Id(13)] public HashSet<string> Followers { get; set; } = [];
    [Id(14)] public DateTimeOffset CreatedAt { get; set; }
    [Id(15)] public DateTimeOffset PublishedAt { get; set; }

    /// <summary>Kept by the first principle of a lineage only: every place that took it up.</summary>
    [Id(16)] public List<LineageNode> Lineage { get; set; } = [];

    /// <summary>Requests that carried a request id (drafts, stories, adoptions), remembered with what they made.</summary>
    [Id(17)] public RecentRequests Requests { get; set; } = new();
}
