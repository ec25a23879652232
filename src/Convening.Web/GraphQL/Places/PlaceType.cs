using Convening.Contracts.Cycles;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Cycles;
using Convening.Web.GraphQL.Groups;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Places;

public sealed class PlaceType : ObjectGraphType<PlaceView>
{
    public PlaceType()
    {
        Name = "Place";
        Description = "A locality (council area, neighbourhood, integrated care system) where people are convened.";
        Field(x => x.Slug).Description("The short name used in addresses, e.g. 'essex'.");
        Field(x => x.Name).Description("The place's name.");
        Field(x => x.Purpose).Description("What convening in this place is for.");
        Field(x => x.CreatedAt).Description("When the place was created.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupType>>>, IReadOnlyList<GroupSummary>>("groups")
            .Description("The groups convened in this place, by name.")
            .Resolve(ctx => ctx.Source.Groups);
        CycleConnectionType.AddTo(this, "The learning cycles of all the groups in this place, newest first.", p => ICycleIndexGrain.ForPlace(p.Slug));
    }
}
