using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.LifePictures;
using GraphQL.Types;

namespace Convening.Web.GraphQL.SupportPlans;

public sealed class SupportPlanType : ObjectGraphType<PlanView>
{
    public SupportPlanType()
    {
        Name = "SupportPlan";
        Description = "A person's support plan across funding streams (Right to Control), seen on the same terms as their life picture.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The life picture's id.");
        Field(x => x.PlaceSlug).Description("The place whose funding streams it draws on.");
        Field(x => x.KnownAs).Description("The name the person likes to be known by.");
        Field(x => x.Version).Description("The plan's version (0: nothing saved yet); send it back as expectedVersion.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanStreamType>>>, IReadOnlyList<PlanStream>>("streams")
            .Description("What each funding stream puts in and pays for.").Resolve(ctx => ctx.Source.Streams);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanServiceType>>>, IReadOnlyList<PlanServiceView>>("services")
            .Description("Priced services, each at the price the plan took it at.").Resolve(ctx => ctx.Source.Services);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanOutcomeType>>>, IReadOnlyList<PlanOutcome>>("outcomes")
            .Description("Goals linked to the streams paying for them.").Resolve(ctx => ctx.Source.Outcomes);
        Field<NonNullGraphType<SavingsChoiceType>>("savings").Description("Who keeps any savings.").Resolve(ctx => ctx.Source.Savings);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanGoalType>>>, IReadOnlyList<AreaGoal>>("goals")
            .Description("The goals in the person's picture that outcomes can link to.").Resolve(ctx => ctx.Source.Goals);
        Field(x => x.AgreedVersion, nullable: true).Description("The version the person last agreed, if any.");
        Field(x => x.AgreedAt, nullable: true).Description("When they agreed it.");
        Field(x => x.CallerIsThePerson).Description("Whether you are the person it is about.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportPlanVersionInfoType>>>, IReadOnlyList<PlanVersionInfo>>("history")
            .Description("Every agreed version kept, newest first; open one with supportPlanVersion.").Resolve(ctx => ctx.Source.History);
    }
}

public sealed class SupportPlanVersionInfoType : ObjectGraphType<PlanVersionInfo>
{
    public SupportPlanVersionInfoType()
    {
        Name = "SupportPlanVersionInfo";
        Description = "An agreed version of a support plan, kept so change over time shows.";
        Field(x => x.Number).Description("The plan's version that was agreed.");
        Field(x => x.AgreedAt).Description("When it was agreed.");
        Field(x => x.RecordedBy).Description("Who recorded the agreement (the person, or their practitioner).");
    }
}

public sealed class SupportPlanVersionType : ObjectGraphType<PlanVersionView>
{
    public SupportPlanVersionType()
    {
        Name = "SupportPlanVersion";
        Description = "An earlier agreed version of a support plan, as it was agreed.";
        Field<NonNullGraphType<SupportPlanVersionInfoType>, PlanVersionInfo>("info").Description("Which version, when and by whom.").Resolve(ctx => ctx.Source.Info);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanStreamType>>>, IReadOnlyList<PlanStream>>("streams")
            .Description("What each funding stream put in and paid for.").Resolve(ctx => ctx.Source.Content.Streams);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanServiceType>>>, IReadOnlyList<PlanServiceView>>("services")
            .Description("Priced services, each at the price the plan took it at.")
            .Resolve(ctx => [.. ctx.Source.Content.Services.Select(l => new PlanServiceView(l, null))]);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanOutcomeType>>>, IReadOnlyList<PlanOutcome>>("outcomes")
            .Description("Goals linked to the streams paying for them.").Resolve(ctx => ctx.Source.Content.Outcomes);
        Field<NonNullGraphType<SavingsChoiceType>>("savings").Description("Who keeps any savings.").Resolve(ctx => ctx.Source.Content.Savings);
    }
}

public sealed class PlanStreamType : ObjectGraphType<PlanStream>
{
    public PlanStreamType()
    {
        Name = "PlanStream";
        Description = "What one funding stream puts into a plan.";
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The place's funding stream.");
        Field(x => x.AmountPence).Description("What it puts in, in pence.");
        Field(x => x.PaysFor).Description("What it pays for, in plain words.");
    }
}

public sealed class PlanServiceType : ObjectGraphType<PlanServiceView>
{
    public PlanServiceType()
    {
        Name = "PlanService";
        Description = "A service in a plan, priced when the plan took it: a unit cost changed afterwards does not change it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The line's id.").Resolve(ctx => ctx.Source.Line.Id);
        Field<NonNullGraphType<IdGraphType>>("streamId").Description("The stream paying for it.").Resolve(ctx => ctx.Source.Line.StreamId);
        Field<NonNullGraphType<IdGraphType>>("unitCostId").Description("The place's priced service.").Resolve(ctx => ctx.Source.Line.UnitCostId);
        Field<NonNullGraphType<StringGraphType>>("service").Description("The service, as priced.").Resolve(ctx => ctx.Source.Line.Service);
        Field<NonNullGraphType<StringGraphType>>("unit").Description("What one unit is.").Resolve(ctx => ctx.Source.Line.Unit);
        Field<NonNullGraphType<LongGraphType>>("pricePence").Description("The price of a unit the plan was agreed at.").Resolve(ctx => ctx.Source.Line.PricePence);
        Field<NonNullGraphType<IntGraphType>>("priceVersion").Description("Which version of the unit cost that was.").Resolve(ctx => ctx.Source.Line.PriceVersion);
        Field<NonNullGraphType<IntGraphType>>("quantity").Description("How many units.").Resolve(ctx => ctx.Source.Line.Quantity);
        Field<NonNullGraphType<LongGraphType>>("cashEquivalentPence").Description("Quantity × agreed price: the cash that may be taken instead.").Resolve(ctx => ctx.Source.Line.CostPence);
        Field<NonNullGraphType<CashChoiceType>>("cash").Description("Whether the cash equivalent was offered, and taken.").Resolve(ctx => ctx.Source.Line.Cash);
        Field<LongGraphType>("currentPricePence").Description("Today's unit price, when it differs from the agreed one; null when unchanged.").Resolve(ctx => ctx.Source.CurrentPence);
    }
}

public sealed class PlanOutcomeType : ObjectGraphType<PlanOutcome>
{
    public PlanOutcomeType()
    {
        Name = "PlanOutcome";
        Description = "A goal from the person's picture and the streams paying towards it.";
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area whose goals these are.").Resolve(ctx => ctx.Source.Area);
        Field(x => x.StreamIds).Description("The streams paying towards it.");
    }
}

public sealed class PlanGoalType : ObjectGraphType<AreaGoal>
{
    public PlanGoalType()
    {
        Name = "PlanGoal";
        Description = "A life area's goals from the latest version of the person's picture.";
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area.").Resolve(ctx => ctx.Source.Area);
        Field(x => x.Goals).Description("The goals, in the person's words.");
    }
}

public sealed class CashChoiceType() : DescribedEnumType<CashChoice>(
    "Whether a service's cash equivalent was offered, and taken instead of the service.");

public sealed class SavingsChoiceType() : DescribedEnumType<SavingsChoice>(
    "Who keeps money a plan does not spend: the person, the stream it came from, or shared between them.");

public sealed class PlanTotalsType : ObjectGraphType<PlanTotals>
{
    public PlanTotalsType()
    {
        Name = "PlanTotals";
        Description = "A place's agreed plans by funding stream; every null figure is suppressed.";
        Field(x => x.PlaceSlug).Description("The place.");
        Field(x => x.Plans).Description("Agreed plans counted (at least 5).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StreamPlanTotalType>>>, IReadOnlyList<StreamPlanTotal>>("streams")
            .Description("One row per funding stream.").Resolve(ctx => ctx.Source.Streams);
        Field(x => x.SuppressedFigures).Description("How many counts are hidden.");
    }
}

public sealed class StreamPlanTotalType : ObjectGraphType<StreamPlanTotal>
{
    public StreamPlanTotalType()
    {
        Name = "StreamPlanTotal";
        Description = "One stream's spend in agreed plans and the cash equivalents taken against it; null when suppressed.";
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The funding stream.");
        Field(x => x.People, nullable: true).Description("People whose plan it pays into.");
        Field<LongGraphType>("spendPence").Description("What it puts into those plans, in pence.").Resolve(ctx => ctx.Source.SpendPence);
        Field(x => x.PeopleTakingCash, nullable: true).Description("Of those, people who took a cash equivalent.");
        Field<LongGraphType>("cashTakenPence").Description("The cash equivalents they took, in pence.").Resolve(ctx => ctx.Source.CashTakenPence);
    }
}
