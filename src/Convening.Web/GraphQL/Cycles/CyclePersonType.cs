using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CyclePersonType : ObjectGraphType<CyclePerson>
{
    public CyclePersonType()
    {
        Name = "CyclePerson";
        Description = "Someone who did something in a cycle, as the cycle remembers them.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Their person id.");
        Field(x => x.Name).Description("Their name at the time.");
    }
}
