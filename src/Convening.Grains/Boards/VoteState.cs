namespace Convening.Grains.Boards;

/// <summary>An open dot vote: each person's dots, hidden until it closes.</summary>
[GenerateSerializer, Alias("convening.vote-state")]
public sealed class VoteState
{
    [Id(0)] public int VotesPerPerson { get; set; }
    [Id(1)] public DateTimeOffset? ClosesAt { get; set; }
    /// <summary>Person id → the cards they put a dot on (a card may appear more than once).</summary>
    [Id(2)] public Dictionary<string, List<string>> Ballots { get; set; } = [];

    public void Refund(string cardId)
    {
        foreach (var ballot in Ballots.Values)
            ballot.RemoveAll(c => c == cardId);
    }

    public Dictionary<string, int> Tally() =>
        Ballots.Values.SelectMany(b => b).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
}
