using Convening.Contracts.Boards;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Boards;

public sealed class CardOutcomeKindType() : DescribedEnumType<CardOutcomeKind>(
    "What a card can become: EXPERIMENT (in the board's learning cycle), ACTION (with an owner, in the board's gathering) or EVIDENCE (for a principle).");

public sealed class CardOutcomeType : ObjectGraphType<CardOutcome>
{
    public CardOutcomeType()
    {
        Name = "CardOutcome";
        Description = "Something a card became: an experiment, an action or evidence for a principle.";
        Field<NonNullGraphType<CardOutcomeKindType>, CardOutcomeKind>("kind").Description("What it became.").Resolve(c => c.Source.Kind);
        Field(x => x.Reference).Description("'cycleId/experimentId' for an experiment, 'gatheringId/actionId' for an action, the principle's id for evidence.");
        Field(x => x.Title).Description("The experiment's change, the action's text, or the principle's statement.");
        Field(x => x.Path).Description("The address of the page it is on.");
    }
}

public sealed class BoardContextKindType() : DescribedEnumType<BoardContextKind>(
    "What opened a board: GROUP (a group on its own), CYCLE (a learning cycle) or GATHERING.");

public sealed class BoardContextType : ObjectGraphType<BoardContext>
{
    public BoardContextType()
    {
        Name = "BoardContext";
        Description = "The learning cycle or gathering a board was opened from: its cards become experiments there, or actions.";
        Field<NonNullGraphType<BoardContextKindType>, BoardContextKind>("kind").Description("A cycle or a gathering.").Resolve(c => c.Source.Kind);
        Field(x => x.Id).Description("The cycle's or gathering's id.");
    }
}

public sealed class PromoteCardInputType : CommandInputType<PromoteCard>
{
    public PromoteCardInputType() : base("PromoteCardInput", "A card to make an experiment, an action or evidence; the cycle, gathering or principle decides who may, as for anything made there.")
    {
        Key<StringGraphType>("boardId", "The board.");
        Field(x => x.CardId).Description("The card.");
        Field<NonNullGraphType<CardOutcomeKindType>>("kind").Description("What the card becomes.");
        Field(x => x.Title).Description("The experiment's change or the action's text; for evidence, why the card is evidence (the note).");
        Field(x => x.OwnerId, nullable: true).Description("ACTION: who owns it, a member of the group (you when left out).");
        Field(x => x.Due, nullable: true).Description("ACTION: when it is due.");
        Field(x => x.PrincipleId, nullable: true).Description("EVIDENCE: the principle (its place's stewards and group convenors may cite evidence).");
        Field(x => x.RequestId, nullable: true).Description(ChangeBoardInputType.RequestIdText);
    }
}
