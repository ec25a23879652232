using Convening.Contracts.Boards;

namespace Convening.Grains.Boards;

/// <summary>A card of a stored board, private or not.</summary>
[GenerateSerializer, Alias("convening.card-state")]
public sealed class CardState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string LaneId { get; set; } = "";
    [Id(2)] public string Text { get; set; } = "";
    [Id(3)] public string Colour { get; set; } = "";
    [Id(4)] public BoardPerson Author { get; set; } = new("", "");
    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
    [Id(6)] public List<Comment> Comments { get; set; } = [];

    /// <summary>The version that added it during private writing (0: written in the open).</summary>
    [Id(7)] public long PrivateFrom { get; set; }

    /// <summary>The version that revealed it, if it was private.</summary>
    [Id(8)] public long? RevealedAt { get; set; }

    /// <summary>Revealed without its author's name.</summary>
    [Id(9)] public bool Anonymous { get; set; }

    /// <summary>The cluster it is in, if any.</summary>
    [Id(10)] public string? ClusterId { get; set; }

    /// <summary>The version of the last change to the card itself (added, edited, moved, deleted, restored, clustered).</summary>
    [Id(11)] public long ChangedAt { get; set; }

    /// <summary>What the card became (experiments, actions, evidence), oldest first.</summary>
    [Id(12)] public List<CardOutcome> Outcomes { get; set; } = [];

    public bool Private => PrivateFrom > 0 && RevealedAt is null;

    /// <summary>Whether a change at this version was about the card while it was still private.</summary>
    public bool PrivateAt(long version) => PrivateFrom > 0 && version >= PrivateFrom && (RevealedAt is null || version < RevealedAt);

    public bool VisibleTo(string? personId) => !Private || Author.Id == personId;
}
