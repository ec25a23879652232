using Convening.Contracts;
using Convening.Contracts.Places;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Places;

public sealed class PlaceConnectionType : ObjectGraphType<Page<PlaceSummary>>
{
    public PlaceConnectionType()
    {
        Name = "PlaceConnection";
        Description = "One page of places in name order.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceSummaryType>>>, IReadOnlyList<PlaceSummary>>("nodes")
            .Description("The places on this page.")
            .Resolve(ctx => ctx.Source.Items);
        Field(x => x.EndCursor, nullable: true).Description("Pass as 'after' to get the next page.");
        Field(x => x.HasNextPage).Description("Whether there are more places after this page.");
        Field(x => x.TotalCount).Description("How many places there are in all.");
    }
}
