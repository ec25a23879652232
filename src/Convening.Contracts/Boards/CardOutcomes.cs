namespace Convening.Contracts.Boards;

/// <summary>What opened a board, so a card on it can become work there (decision 0041).</summary>
public enum BoardContextKind
{
    /// <summary>Opened for a group on its own (no cycle or gathering).</summary>
    Group = 0,
    Cycle = 1,
    Gathering = 2,
}

/// <summary>The learning cycle or gathering a board was opened from.</summary>
[GenerateSerializer, Immutable, Alias("convening.board-context")]
public sealed record BoardContext([property: Id(0)] BoardContextKind Kind, [property: Id(1)] string Id);

public enum CardOutcomeKind
{
    /// <summary>An experiment in the board's learning cycle.</summary>
    Experiment = 0,

    /// <summary>An action with an owner in the board's gathering.</summary>
    Action = 1,

    /// <summary>Evidence for a principle of the group's place.</summary>
    Evidence = 2,
}

/// <summary>
/// What a card became. <see cref="Reference"/> is "{cycleId}/{experimentId}" for an experiment,
/// "{gatheringId}/{actionId}" for an action and the principle's id for evidence.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.card-outcome")]
public sealed record CardOutcome(
    [property: Id(0)] CardOutcomeKind Kind,
    [property: Id(1)] string Reference,
    [property: Id(2)] string Title)
{
    /// <summary>The page it is on: the experiment on its cycle's page, the gathering's actions, the principle.</summary>
    public string Path => Kind switch
    {
        CardOutcomeKind.Experiment => Reference.Split('/') is [var cycle, var experiment] ? $"/cycles/{cycle}#experiment-{experiment}" : $"/cycles/{Reference}",
        CardOutcomeKind.Action => $"/gatherings/{Reference.Split('/')[0]}#actions",
        _ => $"/principles/{Reference}",
    };

    /// <summary>What it is, for "Became an experiment: …".</summary>
    public string Label => Kind switch
    {
        CardOutcomeKind.Experiment => "Experiment",
        CardOutcomeKind.Action => "Action",
        _ => "Evidence for",
    };
}

/// <summary>
/// Makes a card an experiment (in the board's cycle), an action with an owner (in the board's
/// gathering) or evidence for a principle. The cycle, gathering or principle decides who may, as it
/// does for everything made there. Sending it again with the same request id answers with the change
/// already made; a card becomes one experiment and one action at most, and evidence once per principle.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.promote-card")]
public sealed record PromoteCard(
    [property: Id(0)] string CardId,
    [property: Id(1)] CardOutcomeKind Kind,
    [property: Id(2)] string Title)
{
    /// <summary>An action's owner: a member of the group.</summary>
    [Id(3)] public string? OwnerId { get; init; }

    /// <summary>When an action is due.</summary>
    [Id(4)] public DateOnly? Due { get; init; }

    /// <summary>The principle the card is evidence for.</summary>
    [Id(5)] public string? PrincipleId { get; init; }

    /// <summary>As <see cref="BoardCommand.RequestId"/>.</summary>
    [Id(6)] public string? RequestId { get; init; }
}
