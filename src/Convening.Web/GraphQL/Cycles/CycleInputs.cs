using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CycleInput
{
    public string CycleId { get; set; } = "";
    public string? GroupId { get; set; }
    public string? Question { get; set; }
    public string? Purpose { get; set; }
    public string? PeopleInvolved { get; set; }
    public CycleStage Stage { get; set; }
    public string? Output { get; set; }
    public string OtherCycleId { get; set; } = "";
    public CycleRelation Relation { get; set; }
    public string? LinkTo { get; set; }
    public CycleRelation? LinkRelation { get; set; }
    public string? RequestId { get; set; }
}

public sealed class StartCycleInputType : InputObjectGraphType<CycleInput>
{
    public StartCycleInputType()
    {
        Name = "StartCycleInput";
        Description = "A new learning cycle in a group; members and convenors may start one and become its steward. Its live board opens with it.";
        Field(x => x.GroupId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The group.");
        Field(x => x.Question, nullable: false).Description("The question to explore, e.g. 'How do we stop young people being passed between services?'");
        Field(x => x.Purpose, nullable: true).Description("The purpose the cycle serves.");
        Field(x => x.PeopleInvolved, nullable: true).Description("Who is involved.");
        Field(x => x.LinkTo, type: typeof(IdGraphType)).Description("A cycle to link the new one to as it starts, in any place; you must be able to change that cycle too.");
        Field<CycleRelationType>("linkRelation").Description("How the linkTo cycle relates to the new one (default SIBLING).");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateCycleInputType : InputObjectGraphType<CycleInput>
{
    public UpdateCycleInputType()
    {
        Name = "UpdateCycleInput";
        Description = "A cycle's question, purpose and people involved; members and convenors.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.Question, nullable: false).Description("The question.");
        Field(x => x.Purpose, nullable: true).Description("The purpose it serves.");
        Field(x => x.PeopleInvolved, nullable: true).Description("Who is involved.");
    }
}

public sealed class MoveStageInputType : InputObjectGraphType<CycleInput>
{
    public MoveStageInputType()
    {
        Name = "MoveStageInput";
        Description = "Move a cycle to the next or previous stage; its steward or the group's convenors only.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field<NonNullGraphType<CycleStageType>>("stage").Description("The stage to move to: one after or one before the current stage.");
    }
}

public sealed class RecordStageOutputInputType : InputObjectGraphType<CycleInput>
{
    public RecordStageOutputInputType()
    {
        Name = "RecordStageOutputInput";
        Description = "Record what a stage produced; the cycle must have reached the stage.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field<NonNullGraphType<CycleStageType>>("stage").Description("The stage.");
        Field(x => x.Output, nullable: false).Description($"What it produced, as Markdown (at most {CycleLimits.StageOutputLength} characters). Replaces what was there.");
    }
}

public sealed class LinkCyclesInputType : InputObjectGraphType<CycleInput>
{
    public LinkCyclesInputType()
    {
        Name = "LinkCyclesInput";
        Description = "Link a cycle to another; the link shows on both. FEEDS and FED_BY link cycles in the same place; SIBLING links a cycle in another group.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Your cycle.");
        Field(x => x.OtherCycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The other cycle.");
        Field<NonNullGraphType<CycleRelationType>>("relation").Description("How the other cycle relates to yours, seen from yours.");
    }
}

public sealed class UnlinkCyclesInputType : InputObjectGraphType<CycleInput>
{
    public UnlinkCyclesInputType()
    {
        Name = "UnlinkCyclesInput";
        Description = "Remove a link between two cycles, from either side.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Your cycle.");
        Field(x => x.OtherCycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The linked cycle.");
    }
}

public sealed class LinkDecisionInputType : InputObjectGraphType<CycleInput>
{
    public LinkDecisionInputType()
    {
        Name = "LinkDecisionInput";
        Description = "Answer a link another group asked of your cycle.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("Your cycle, the one asked.");
        Field(x => x.OtherCycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle asking to be linked.");
    }
}
