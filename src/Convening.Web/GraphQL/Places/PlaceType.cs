using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
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
            .Description("The groups convened in this place that its stewards approved, by name.")
            .Resolve(ctx => ctx.Source.Groups);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceStewardType>>>, IReadOnlyList<PlaceSteward>>("stewards")
            .Description("The place's stewards, its creator first.")
            .Resolve(ctx => ctx.Source.Stewards);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlaceStewardType>>>, IReadOnlyList<PlaceSteward>>("commissioners")
            .Description("The place's commissioners, who see only its suppressed totals of life pictures.")
            .Resolve(ctx => ctx.Source.Commissioners);
        Field<NonNullGraphType<BooleanGraphType>, bool>("isCommissioner")
            .Description("Whether you are one of the place's commissioners.")
            .Resolve(ctx => AccessPolicy.IsCommissioner(ctx.Source, ctx.CallerId()));
        Field<NonNullGraphType<BooleanGraphType>, bool>("isSteward")
            .Description("Whether you are one of the place's stewards.")
            .Resolve(ctx => AccessPolicy.IsSteward(ctx.Source, ctx.CallerId()));
        Field<ListGraphType<NonNullGraphType<GroupRequestType>>, IReadOnlyList<GroupRequest>>("groupRequests")
            .Description("Groups asking to be convened here, oldest first. Stewards only (others get place.not-a-steward).")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IPlaceGrain>(ctx.Source.Slug).Requests(ctx.CallerId()));
        CycleConnectionType.AddTo(this, "The learning cycles of all the groups in this place, newest first.", p => ICycleIndexGrain.ForPlace(p.Slug));
    }
}
