using Convening.Contracts.People;

namespace Convening.Grains.People;

[GenerateSerializer, Alias("convening.person-state")]
public sealed class PersonState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string Email { get; set; } = "";
    [Id(2)] public string DisplayName { get; set; } = "";
    [Id(3)] public Sector Sector { get; set; }
    [Id(4)] public string Organisation { get; set; } = "";
    [Id(5)] public Availability Availability { get; set; } = Availability.Empty;
    [Id(6)] public Dictionary<string, Membership> Memberships { get; set; } = [];
    [Id(7)] public DateTimeOffset JoinedAt { get; set; }
    [Id(8)] public List<Absence> Absences { get; set; } = [];
    [Id(9)] public Deputy? Deputy { get; set; }

    /// <summary>Whether the person has said which sector they work in (until then the sector is only the default).</summary>
    [Id(10)] public bool SectorChosen { get; set; }
    /// <summary>The places this person is a steward of, kept by the place grains, for rules that follow from holding that power.</summary>
    [Id(11)] public HashSet<string> StewardOf { get; set; } = [];
}
