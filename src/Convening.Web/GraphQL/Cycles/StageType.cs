using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class StageType : ObjectGraphType<StageView>
{
    public StageType()
    {
        Name = "Stage";
        Description = "One stage of a cycle and what it produced.";
        Field<NonNullGraphType<CycleStageType>, CycleStage>("stage").Description("Which stage.").Resolve(ctx => ctx.Source.Stage);
        Field(x => x.Reached).Description("Whether the cycle has reached this stage (it may since have stepped back).");
        Field(x => x.Output).Description("What the stage produced, as Markdown; empty until recorded.");
        Field<CyclePersonType, CyclePerson>("outputBy").Description("Who last recorded the output.").Resolve(ctx => ctx.Source.OutputBy);
        Field(x => x.OutputAt, nullable: true).Description("When the output was last recorded.");
    }
}
