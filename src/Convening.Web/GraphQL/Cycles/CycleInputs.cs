using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>A new cycle as the schema gives it: the cycle to link to and how, side by side.</summary>
public sealed record StartCycleInput(string GroupId, string Question, string Purpose, string PeopleInvolved, string? LinkTo,
    CycleRelation LinkRelation = CycleRelation.Sibling, string? RequestId = null)
{
    public StartCycle ToCommand() => new(GroupId, Question, Purpose, PeopleInvolved,
        string.IsNullOrEmpty(LinkTo) ? null : new CycleLinkRequest(LinkTo, LinkRelation)) { RequestId = RequestId };
}

public sealed class StartCycleInputType : CommandInputType<StartCycleInput>
{
    public StartCycleInputType() : base("StartCycleInput", "A new learning cycle in a group; members and convenors may start one and become its steward. Its live board opens with it.")
    {
        Field(x => x.GroupId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The group.");
        Field(x => x.Question).Description("The question to explore, e.g. 'How do we stop young people being passed between services?'");
        Field(x => x.Purpose, nullable: true).Description("The purpose the cycle serves.");
        Field(x => x.PeopleInvolved, nullable: true).Description("Who is involved.");
        Field(x => x.LinkTo, type: typeof(IdGraphType)).Description("A cycle to link the new one to as it starts, in any place; you must be able to change that cycle too.");
        Field<CycleRelationType>("linkRelation").Description("How the linkTo cycle relates to the new one (default SIBLING).");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>A cycle's new question, purpose and people involved, as the schema names them.</summary>
public sealed record UpdateCycleInput(string Question, string Purpose, string PeopleInvolved)
{
    public UpdateCycle ToCommand() => new(Question, Purpose, PeopleInvolved);
}

public sealed class UpdateCycleInputType : CommandInputType<UpdateCycleInput>
{
    public UpdateCycleInputType() : base("UpdateCycleInput", "A cycle's question, purpose and people involved; members and convenors.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Field(x => x.Question).Description("The question.");
        Field(x => x.Purpose, nullable: true).Description("The purpose it serves.");
        Field(x => x.PeopleInvolved, nullable: true).Description("Who is involved.");
    }
}

/// <summary>The stage to move a cycle to.</summary>
public sealed record MoveStageInput(CycleStage Stage);

public sealed class MoveStageInputType : CommandInputType<MoveStageInput>
{
    public MoveStageInputType() : base("MoveStageInput", "Move a cycle to the next or previous stage; its steward or the group's convenors only.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Field<NonNullGraphType<CycleStageType>>("stage").Description("The stage to move to: one after or one before the current stage.");
    }
}

/// <summary>What a stage produced.</summary>
public sealed record RecordStageOutputInput(CycleStage Stage, string Output);

public sealed class RecordStageOutputInputType : CommandInputType<RecordStageOutputInput>
{
    public RecordStageOutputInputType() : base("RecordStageOutputInput", "Record what a stage produced; the cycle must have reached the stage.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Field<NonNullGraphType<CycleStageType>>("stage").Description("The stage.");
        Field(x => x.Output).Description($"What it produced, as Markdown (at most {CycleLimits.StageOutputLength} characters). Replaces what was there.");
    }
}

public sealed class LinkCyclesInputType : CommandInputType<CycleLinkRequest>
{
    public LinkCyclesInputType() : base("LinkCyclesInput", "Link a cycle to another; the link shows on both. FEEDS and FED_BY link cycles in the same place; SIBLING links a cycle in another group.")
    {
        Key<IdGraphType>("cycleId", "Your cycle.");
        Field(x => x.OtherCycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The other cycle.");
        Field<NonNullGraphType<CycleRelationType>>("relation").Description("How the other cycle relates to yours, seen from yours.");
    }
}

/// <summary>The cycle at the other end of a link or a link request.</summary>
public sealed record OtherCycleInput(string OtherCycleId);

public sealed class UnlinkCyclesInputType : CommandInputType<OtherCycleInput>
{
    public UnlinkCyclesInputType() : base("UnlinkCyclesInput", "Remove a link between two cycles, from either side.")
    {
        Key<IdGraphType>("cycleId", "Your cycle.");
        Field(x => x.OtherCycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The linked cycle.");
    }
}

public sealed class LinkDecisionInputType : CommandInputType<OtherCycleInput>
{
    public LinkDecisionInputType() : base("LinkDecisionInput", "Answer a link another group asked of your cycle.")
    {
        Key<IdGraphType>("cycleId", "Your cycle, the one asked.");
        Field(x => x.OtherCycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle asking to be linked.");
    }
}
