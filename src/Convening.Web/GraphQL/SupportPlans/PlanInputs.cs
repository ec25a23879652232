using Convening.Contracts;
using Convening.Contracts.SupportPlans;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.LifePictures;
using GraphQL.Types;

namespace Convening.Web.GraphQL.SupportPlans;

public sealed class PlanStreamInputType : CommandInputType<PlanStream>
{
    public PlanStreamInputType() : base("PlanStreamInput", "What one funding stream puts into the plan.")
    {
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("One of the place's funding streams (plan.unknown-stream otherwise).");
        Field(x => x.AmountPence).Description($"In pence: more than 0 and at most {Limits.MaxPlanStreamPence:N0} (plan.amount-out-of-range), and no less than its services cost (plan.over-amount).");
        Field(x => x.PaysFor, nullable: true).Description($"What it pays for, in plain words, at most {Limits.NoteLength:N0} characters.");
    }
}

public sealed class PlanServiceInputType : CommandInputType<PlanServiceChoice>
{
    public PlanServiceInputType() : base("PlanServiceInput", "A priced service in the plan.")
    {
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The line's id to keep its agreed price; leave out for a new service (priced at today's unit cost).");
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The stream paying for it; must be in the plan.");
        Field(x => x.UnitCostId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The priced service in that stream.");
        Field(x => x.Quantity).Description($"How many units, 1 to {Limits.MaxPlanQuantity:N0}.");
        Field<NonNullGraphType<CashChoiceType>>("cash").Description("Whether the cash equivalent was offered, and taken instead.");
    }
}

public sealed class PlanOutcomeInputType : CommandInputType<PlanOutcome>
{
    public PlanOutcomeInputType() : base("PlanOutcomeInput", "A goal from the person's picture and the streams paying towards it.")
    {
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area whose goals these are; the picture must have goals there.");
        Field(x => x.StreamIds, nullable: true).Description("Streams in the plan paying towards it.");
    }
}

public sealed class SaveSupportPlanInputType : CommandInputType<SavePlan>
{
    public SaveSupportPlanInputType() : base("SaveSupportPlanInput", "The whole support plan, saved as a new version.")
    {
        Key<IdGraphType>("id", "The life picture's id.");
        Field(x => x.ExpectedVersion).Description("The plan version you started from (0 for a new plan); a stale one is refused with plan.conflict.");
        Field<ListGraphType<NonNullGraphType<PlanStreamInputType>>>("streams").Description("The funding streams and their amounts.");
        Field<ListGraphType<NonNullGraphType<PlanServiceInputType>>>("services").Description($"Priced services, at most {Limits.PlanServices}.");
        Field<ListGraphType<NonNullGraphType<PlanOutcomeInputType>>>("outcomes").Description("Goals linked to the streams paying for them.");
        Field<NonNullGraphType<SavingsChoiceType>>("savings").Description("Who keeps any savings.");
    }
}

public sealed class AgreeSupportPlanInputType : CommandInputType<AgreePlan>
{
    public AgreeSupportPlanInputType() : base("AgreeSupportPlanInput", "The person agreed this version of their plan.")
    {
        Key<IdGraphType>("id", "The life picture's id.");
        Field(x => x.ExpectedVersion).Description("The plan version the person agreed; a stale one is refused with plan.conflict.");
        Field(x => x.PersonAgreed).Description("True once the person has agreed it; false is refused with plan.no-consent.");
    }
}
