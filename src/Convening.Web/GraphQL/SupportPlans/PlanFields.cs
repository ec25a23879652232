using Convening.Contracts;
using Convening.Contracts.SupportPlans;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.SupportPlans;

public static class PlanFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<SupportPlanType>, PlanView>("supportPlan")
            .Description("A person's support plan, on the same terms as their life picture (the person and its named practitioners; otherwise picture.not-shared). Recorded in the picture's audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The life picture's id (a plan belongs to one picture).")
            .ResolveAsync(async ctx => await Plan(ctx, ctx.GetArgument<string>("id")).Get(ctx.CallerId()));
        query.Field<NonNullGraphType<SupportPlanVersionType>, PlanVersionView>("supportPlanVersion")
            .Description("An earlier agreed version of a person's support plan, on the same terms as the plan (plan.version-not-found if it is not kept). Recorded in the picture's audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The life picture's id.")
            .Argument<NonNullGraphType<IntGraphType>>("number", "The agreed version's number, from the plan's history.")
            .ResolveAsync(async ctx => await Plan(ctx, ctx.GetArgument<string>("id")).AgreedVersion(ctx.GetArgument<int>("number"), ctx.CallerId()));
        query.Field<NonNullGraphType<PlanTotalsType>, PlanTotals>("placePlanTotals")
            .Description("A place's agreed support plans by funding stream (spend, and cash equivalents taken), small numbers suppressed; its commissioners only. Fewer than 5 plans: totals.too-few-people.")
            .Argument<NonNullGraphType<StringGraphType>>("placeSlug", "The place's short name.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<ISupportPlanTotalsGrain>(Check.Slug(ctx.GetArgument<string>("placeSlug"))).Totals(ctx.CallerId()));

        mutation.AddMutation<SupportPlanType, PlanView, SaveSupportPlanInputType>("saveSupportPlan",
            "Saves the whole support plan as a new version; the person or a named practitioner. New services are priced at today's unit cost; services already in the plan keep theirs.",
            ctx =>
            {
                var (id, plan) = ctx.Keyed<SavePlan>();
                return Plan(ctx, id).Save(plan, ctx.CallerId());
            });
        mutation.AddMutation<SupportPlanType, PlanView, AgreeSupportPlanInputType>("agreeSupportPlan",
            "Records that the person agreed this version of the plan (plan.no-consent without personAgreed); agreed plans count in the place's totals if the picture does.",
            ctx =>
            {
                var (id, agree) = ctx.Keyed<AgreePlan>();
                return Plan(ctx, id).Agree(agree, ctx.CallerId());
            });
    }

    private static ISupportPlanGrain Plan(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<ISupportPlanGrain>(id);
}
