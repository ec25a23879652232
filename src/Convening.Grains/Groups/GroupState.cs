using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.Groups;

[GenerateSerializer, Alias("convening.group-state")]
public sealed class GroupState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string PlaceSlug { get; set; } = "";
    [Id(2)] public string Name { get; set; } = "";
    [Id(3)] public string Purpose { get; set; } = "";
    [Id(4)] public Dictionary<string, MemberState> Members { get; set; } = [];
    [Id(5)] public Dictionary<string, Invitation> Invitations { get; set; } = [];
    /// <summary>Codes already accepted, by whom, so a second use gets a clear answer.</summary>
    [Id(6)] public Dictionary<string, string> AcceptedCodes { get; set; } = [];
    [Id(7)] public List<GlossaryEntry> Glossary { get; set; } = [];
    [Id(8)] public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Where the group stands with its place; groups stored before approval existed read as approved.</summary>
    [Id(9)] public GroupStanding Standing { get; set; }
    /// <summary>The steward who decided (or the convenor who, as a steward, convened it at once).</summary>
    [Id(10)] public string? DecidedBy { get; set; }
}

[GenerateSerializer, Alias("convening.member-state")]
public sealed class MemberState
{
    [Id(0)] public required PersonCard Card { get; set; }
    [Id(1)] public GroupRole Role { get; set; }
    [Id(2)] public DateTimeOffset JoinedAt { get; set; }
}
