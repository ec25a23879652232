using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Cycles;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Principles;

namespace Convening.Grains.Boards;

/// <summary>
/// A card becoming an experiment, an action or evidence (decision 0041). The cycle, gathering or
/// principle makes the thing and decides who may, as for anything made there; the board then records
/// what the card became, so everyone watching sees the card's link to it.
/// </summary>
public sealed partial class BoardGrain
{
    public async Task<Card> CardFor(string? callerId, string cardId)
    {
        var (caller, _) = await Authorize(callerId);
        return _state.Cards.TryGetValue(cardId ?? "", out var card) && card.VisibleTo(caller)
            ? Card(card, caller)
            : throw ConveningException.NotFound("board.card-not-found", "That card is not on the board any more; someone may have deleted it.");
    }

    public async Task<BoardChange> Promote(PromoteCard command, string? callerId)
    {
        var (caller, role) = await Authorize(callerId);
        var requestId = RequestId(command.RequestId);
        if (_state.VersionFor(caller, requestId) is { } done)
            return await Retried(done, caller);
        AccessPolicy.Contributor(role);
        if (_state.Locked && !CanFacilitate(caller, role))
            throw ConveningException.Conflict("board.locked", "The facilitator has locked the board for now.");
        Throttle(caller);
        var card = await CardFor(caller, command.CardId);
        if (card.Private)
            throw ConveningException.Conflict("board.card-private", "A card still private can become an experiment, an action or evidence once it is revealed.");
        if (card.Outcomes.Any(o => o.Kind == command.Kind && (o.Kind != CardOutcomeKind.Evidence || o.Reference == command.PrincipleId)))
            throw ConveningException.Conflict("board.already-promoted", $"That card is already {Described(command.Kind)}.");
        var title = Check.Text(command.Title, "title", Limits.ShortText);
        // What is made there gets a request id of its own made from the card, so a retry (or a second
        // try after the board's write failed) finds what the first attempt made rather than making another.
        var made = "card-" + RequestIds.NewId(Key, $"{card.Id}/{command.Kind}/{command.PrincipleId}");
        var outcome = command.Kind switch
        {
            CardOutcomeKind.Experiment => await MakeExperiment(title, card, caller, made),
            CardOutcomeKind.Action => await MakeAction(title, command, caller, made),
            CardOutcomeKind.Evidence => await MakeEvidence(title, card, command.PrincipleId, caller),
            _ => throw new ConveningException("board.bad-outcome", "A card becomes an experiment, an action or evidence."),
        };
        return await Commit(await Person(caller), new CardPromoted(card.Id, outcome), requestId);
    }

    /// <summary>The cycle or gathering that opened the board; boards of cycles opened before it was recorded are known by their id.</summary>
    private BoardContext? Context() =>
        _state.Context ?? (Key.StartsWith(CyclePrefix, StringComparison.Ordinal) ? new BoardContext(BoardContextKind.Cycle, Key[CyclePrefix.Length..]) : null);

    private string ContextId(BoardContextKind kind, string code, string message) =>
        Context() is { } context && context.Kind == kind ? context.Id : throw ConveningException.Conflict(code, message);

    private async Task<CardOutcome> MakeExperiment(string title, Card card, string caller, string made)
    {
        var cycleId = ContextId(BoardContextKind.Cycle, "board.no-cycle", "This board was not opened from a learning cycle, so its cards cannot become experiments.");
        var why = card.Text.Length <= CycleLimits.ExperimentTextLength ? card.Text : card.Text[..CycleLimits.ExperimentTextLength];
        var experiment = await GrainFactory.GetGrain<ILearningCycleGrain>(cycleId)
            .AddExperiment(new ExperimentPlan(title, why, "", "", null, null), caller, made);
        return new CardOutcome(CardOutcomeKind.Experiment, $"{cycleId}/{experiment.Id}", experiment.Plan.Change);
    }

    private async Task<CardOutcome> MakeAction(string title, PromoteCard command, string caller, string made)
    {
        var gatheringId = ContextId(BoardContextKind.Gathering, "board.no-gathering", "This board was not opened from a gathering, so its cards cannot become actions.");
        var due = command.Due ?? throw new ConveningException("due.empty", "Say when the action is due.");
        var owner = command.OwnerId is { Length: > 0 } o ? o : caller;
        var action = (await GrainFactory.GetGrain<IGatheringGrain>(gatheringId).AddAction(new ActionInput(title, owner, due) { RequestId = made }, caller)).Action;
        return new CardOutcome(CardOutcomeKind.Action, $"{gatheringId}/{action.Id}", action.Text);
    }

    private async Task<CardOutcome> MakeEvidence(string note, Card card, string? principleId, string caller)
    {
        if (string.IsNullOrEmpty(principleId))
            throw new ConveningException("principle.empty", "Choose the principle this card is evidence for.");
        var principle = await GrainFactory.GetGrain<IPrincipleGrain>(principleId)
            .AddEvidence(new Evidence(EvidenceKind.Card, $"{Key}/{card.Id}", note), caller);
        return new CardOutcome(CardOutcomeKind.Evidence, principle.Id, principle.Statement);
    }

    private static string Described(CardOutcomeKind kind) => kind switch
    {
        CardOutcomeKind.Experiment => "an experiment",
        CardOutcomeKind.Action => "an action",
        _ => "evidence for that principle",
    };
}
