using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Funding;

public static class FundingFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<FundingType>, FundingView>("funding")
            .Description("A place's funding streams and unit costs; anyone signed in (public money, not personal data).")
            .Argument<NonNullGraphType<StringGraphType>>("placeSlug", "The place's short name.")
            .ResolveAsync(async ctx =>
            {
                ctx.RequiredCallerId();
                return await Grain(ctx, ctx.GetArgument<string>("placeSlug")).Get();
            });

        mutation.AddMutation<FundingType, FundingView, SaveFundingStreamInputType>("saveFundingStream",
            "Adds a funding stream to a place or renames one; stewards only.",
            ctx =>
            {
                var (placeSlug, command) = ctx.Keyed<SaveFundingStream>();
                return Grain(ctx, placeSlug).SaveStream(command, ctx.CallerId());
            });
        mutation.AddMutation<FundingType, FundingView, SetUnitCostInputType>("setUnitCost",
            "Prices a service per unit in a funding stream, or changes its price (a new version; plans keep the one they used); stewards only.",
            ctx =>
            {
                var (placeSlug, command) = ctx.Keyed<SetUnitCost>();
                return Grain(ctx, placeSlug).SetUnitCost(command, ctx.CallerId());
            });
        mutation.AddMutation<FundingType, FundingView, FundingDefaultsInputType>("useRightToControlDefaults",
            "Gives a place with no funding streams the six Right to Control streams with example prices; stewards only.",
            ctx => Grain(ctx, ctx.Input<FundingDefaultsInput>().PlaceSlug).UseRightToControlDefaults(ctx.CallerId()));
    }

    private static IPlaceFundingGrain Grain(IResolveFieldContext ctx, string slug) => ctx.Grains().GetGrain<IPlaceFundingGrain>(Check.Slug(slug));
}
