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
                var (slug, command) = ctx.Keyed<CreatePlace>();
                var name = Check.Text(command.Name, "name", Limits.NameLength);
                return ctx.Grains().GetGrain<IPlaceGrain>(Check.Slug(slug.Length == 0 ? Check.SlugFrom(name) : slug))
                    .Create(command with { Name = name }, ctx.CallerId());
            });

        mutation.AddMutation<PlaceType, PlaceView, UpdatePlaceInputType>("updatePlace", "Changes a place's name and purpose; stewards only.",
            ctx =>
            {
                var (slug, command) = ctx.Keyed<UpdatePlace>();
                return ctx.Grains().GetGrain<IPlaceGrain>(Check.Slug(slug)).Update(command, ctx.CallerId());
            });

        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("appointSteward", "Makes someone one of a place's stewards; stewards only.",
            ctx => Steward(ctx, (place, person) => place.AppointSteward(person, ctx.CallerId())));
        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("removeSteward",
            "Removes one of a place's stewards (yourself included); stewards only. The last steward cannot be removed (place.last-steward).",
            ctx => Steward(ctx, (place, person) => place.RemoveSteward(person, ctx.CallerId())));
        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("appointCommissioner",
            "Makes someone a commissioner of a place: they see only its suppressed totals of life pictures; stewards only.",
            ctx => Steward(ctx, (place, person) => place.AppointCommissioner(person, ctx.CallerId())));
        mutation.AddMutation<PlaceType, PlaceView, StewardInputType>("removeCommissioner",
            "Removes one of a place's commissioners; they lose the totals at once; stewards only.",
            ctx => Steward(ctx, (place, person) => place.RemoveCommissioner(person, ctx.CallerId())));
        mutation.AddMutation<PlaceType, PlaceView, GroupDecisionInputType>("approveGroup",
            "Approves a group asking to be convened in the place: it is listed there and its members gain standing in the place; stewards only.",
            ctx => Decision(ctx, (place, group) => place.ApproveGroup(group, ctx.CallerId())));
        mutation.AddMutation<PlaceType, PlaceView, GroupDecisionInputType>("declineGroup",
            "Declines a group asking to be convened in the place: it carries on as a group, with no standing in the place; stewards only.",
            ctx => Decision(ctx, (place, group) => place.DeclineGroup(group, ctx.CallerId())));
    }

    private static Task<PlaceView> Steward(IResolveFieldContext ctx, Func<IPlaceGrain, string, Task<PlaceView>> act)
    {
        var (slug, personId) = ctx.Input<StewardInput>();
        return act(ctx.Grains().GetGrain<IPlaceGrain>(Check.Slug(slug)), personId);
    }

    private static Task<PlaceView> Decision(IResolveFieldContext ctx, Func<IPlaceGrain, string, Task<PlaceView>> act)
    {
        var (slug, groupId) = ctx.Input<GroupDecisionInput>();
        return act(ctx.Grains().GetGrain<IPlaceGrain>(Check.Slug(slug)), groupId);
    }
}
