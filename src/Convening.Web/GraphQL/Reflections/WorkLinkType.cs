using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

public sealed class WorkLinkType : ObjectGraphType<WorkLink>
{
    public WorkLinkType()
    {
        Name = "WorkLink";
        Description = "A learning cycle, or one experiment of it, that an entry is about. Open it to see whether you may read the cycle.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The learning cycle's id.");
        Field(x => x.ExperimentId, nullable: true).Description("The experiment's id, when the link is to one experiment.");
        Field(x => x.Path).Description("The address of the cycle page, or of the experiment on it.");
    }
}
