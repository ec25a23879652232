using Convening.Contracts;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Places;

public static class PlaceFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<PlaceType, PlaceView>("place")
            .Description("A place by its short name; null if there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The place's short name, e.g. 'essex'.")
            .ResolveAsync(ctx => NotFound.AsNull(() => ctx.Grains().GetGrain<IPlaceGrain>(ctx.GetArgument<string>("slug")).Get()));

        query.Field<NonNullGraphType<PlaceConnectionType>, Page<PlaceSummary>>("places")
            .Description("All places in name order, a page at a time.")
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key)
                .List(ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after")));

        mutation.AddMutation<PlaceType, PlaceView, CreatePlaceInputType>("createPlace", "Creates a place; you become one of its stewards.",
            ctx =>
            {
                var input = ctx.Input<PlaceInput>();
                var name = Check.Text(input.Name, "name", Limits.NameLength);
                var slug = string.IsNullOrWhiteSpace(input.Slug) ? Check.SlugFrom(name) : input.Slug;
                return ctx.Grains().GetGrain<IPlaceGrain>(Check.Slug(slug))
                    .Create(new CreatePlace(name, input.Purpose ?? "") { RequestId = input.RequestId }, ctx.CallerId());
            });

        mutation.AddMutation<PlaceType, PlaceView, UpdatePlaceInputType>("updatePlace", "Changes a place's name and purpose; stewards only.",
            ctx =>
            {
                var input = ctx.Input<PlaceInput>();
                return ctx.Grains().GetGrain<IPlaceGrain>(Check.Slug(input.Slug))
                    .Update(new UpdatePlace(input.Name ?? "", input.Purpose ?? ""), ctx.CallerId());
            });

        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("appointSteward", "Makes someone one of a place's stewards; stewards only.",
            ctx => Place(ctx, out var input).AppointSteward(input.PersonId ?? "", ctx.CallerId()));
        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("removeSteward",
            "Removes one of a place's stewards (yourself included); stewards only. The last steward cannot be removed (place.last-steward).",
            ctx => Place(ctx, out var input).RemoveSteward(input.PersonId ?? "", ctx.CallerId()));
        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("appointCommissioner",
            "Makes someone a commissioner of a place: they see only its suppressed totals of life pictures; stewards only.",
            ctx => Place(ctx, out var input).AppointCommissioner(input.PersonId ?? "", ctx.CallerId()));
        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("removeCommissioner",
            "Removes one of a place's commissioners; they lose the totals at once; stewards only.",
            ctx => Place(ctx, out var input).RemoveCommissioner(input.PersonId ?? "", ctx.CallerId()));
        mutation.AddMutation<PlaceType, PlaceView, GroupDecisionInputType>("approveGroup",
            "Approves a group asking to be convened in the place: it is listed there and its members gain standing in the place; stewards only.",
            ctx => Place(ctx, out var input).ApproveGroup(input.GroupId ?? "", ctx.CallerId()));
        mutation.AddMutation<PlaceType, PlaceView, GroupDecisionInputType>("declineGroup",
            "Declines a group asking to be convened in the place: it carries on as a group, with no standing in the place; stewards only.",
            ctx => Place(ctx, out var input).DeclineGroup(input.GroupId ?? "", ctx.CallerId()));
    }

    private static IPlaceGrain Place(IResolveFieldContext ctx, out StewardshipInput input)
    {
        input = ctx.Input<StewardshipInput>();
        return ctx.Grains().GetGrain<IPlaceGrain>(Check.Slug(input.PlaceSlug));
    }
}
