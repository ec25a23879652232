using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class DemandEntryType : ObjectGraphType<DemandEntry>
{
    public DemandEntryType()
    {
        Name = "DemandEntry";
        Description = "One demand on a service, in the person's own words, classified as value or failure demand.";
        Field(x => x.Id).Description("The entry's id within its cycle.");
        Field(x => x.Date).Description("When the demand was made.");
        Field(x => x.Words).Description("What the person said, in their own words.");
        Field<NonNullGraphType<DemandKindType>, DemandKind>("kind").Description("Value or failure demand.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<CyclePersonType>, CyclePerson>("loggedBy").Description("Who logged it.").Resolve(ctx => ctx.Source.LoggedBy);
        Field(x => x.LoggedAt).Description("When it was logged.");
    }
}
