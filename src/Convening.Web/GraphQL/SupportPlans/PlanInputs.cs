using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Convening.Web.GraphQL.LifePictures;
using GraphQL.Types;

namespace Convening.Web.GraphQL.SupportPlans;

public sealed class PlanStreamInput
{
    public string StreamId { get; set; } = "";
    public long AmountPence { get; set; }
    public string? PaysFor { get; set; }
}

public sealed class PlanServiceInput
{
    public string? Id { get; set; }
    public string StreamId { get; set; } = "";
    public string UnitCostId { get; set; } = "";
    public int Quantity { get; set; }
    public CashChoice Cash { get; set; }
}

public sealed class PlanOutcomeInput
{
    public LifeArea Area { get; set; }
    public List<string>? StreamIds { get; set; }
}

/// <summary>Both plan mutations' input; each input type exposes the fields its mutation needs.</summary>
public sealed class PlanInput
{
    public string Id { get; set; } = "";
    public int ExpectedVersion { get; set; }
    public List<PlanStreamInput>? Streams { get; set; }
    public List<PlanServiceInput>? Services { get; set; }
    public List<PlanOutcomeInput>? Outcomes { get; set; }
    public SavingsChoice Savings { get; set; }
    public bool PersonAgreed { get; set; }

    public SavePlan ToCommand() => new(ExpectedVersion,
        [.. (Streams ?? []).Select(s => new PlanStream(s.StreamId, s.AmountPence, s.PaysFor ?? ""))],
        [.. (Services ?? []).Select(s => new PlanServiceChoice(s.Id, s.StreamId, s.UnitCostId, s.Quantity, s.Cash))],
        [.. (Outcomes ?? []).Select(o => new PlanOutcome(o.Area, o.StreamIds ?? []))],
        Savings);
}

public sealed class PlanStreamInputType : InputObjectGraphType<PlanStreamInput>
{
    public PlanStreamInputType()
    {
        Name = "PlanStreamInput";
        Description = "What one funding stream puts into the plan.";
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("One of the place's funding streams (plan.unknown-stream otherwise).");
        Field(x => x.AmountPence).Description($"In pence: more than 0 and at most {Limits.MaxPlanStreamPence:N0} (plan.amount-out-of-range), and no less than its services cost (plan.over-amount).");
        Field(x => x.PaysFor, nullable: true).Description($"What it pays for, in plain words, at most {Limits.NoteLength:N0} characters.");
    }
}

public sealed class PlanServiceInputType : InputObjectGraphType<PlanServiceInput>
{
    public PlanServiceInputType()
    {
        Name = "PlanServiceInput";
        Description = "A priced service in the plan.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The line's id to keep its agreed price; leave out for a new service (priced at today's unit cost).");
        Field(x => x.StreamId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The stream paying for it; must be in the plan.");
        Field(x => x.UnitCostId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The priced service in that stream.");
        Field(x => x.Quantity).Description($"How many units, 1 to {Limits.MaxPlanQuantity:N0}.");
        Field<NonNullGraphType<CashChoiceType>>("cash").Description("Whether the cash equivalent was offered, and taken instead.");
    }
}

public sealed class PlanOutcomeInputType : InputObjectGraphType<PlanOutcomeInput>
{
    public PlanOutcomeInputType()
    {
        Name = "PlanOutcomeInput";
        Description = "A goal from the person's picture and the streams paying towards it.";
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area whose goals these are; the picture must have goals there.");
        Field(x => x.StreamIds, nullable: true).Description("Streams in the plan paying towards it.");
    }
}

public sealed class SaveSupportPlanInputType : InputObjectGraphType<PlanInput>
{
    public SaveSupportPlanInputType()
    {
        Name = "SaveSupportPlanInput";
        Description = "The whole support plan, saved as a new version.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The life picture's id.");
        Field(x => x.ExpectedVersion).Description("The plan version you started from (0 for a new plan); a stale one is refused with plan.conflict.");
        Field<ListGraphType<NonNullGraphType<PlanStreamInputType>>>("streams").Description("The funding streams and their amounts.");
        Field<ListGraphType<NonNullGraphType<PlanServiceInputType>>>("services").Description($"Priced services, at most {Limits.PlanServices}.");
        Field<ListGraphType<NonNullGraphType<PlanOutcomeInputType>>>("outcomes").Description("Goals linked to the streams paying for them.");
        Field<NonNullGraphType<SavingsChoiceType>>("savings").Description("Who keeps any savings.");
    }
}

public sealed class AgreeSupportPlanInputType : InputObjectGraphType<PlanInput>
{
    public AgreeSupportPlanInputType()
    {
        Name = "AgreeSupportPlanInput";
        Description = "The person agreed this version of their plan.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The life picture's id.");
        Field(x => x.ExpectedVersion).Description("The plan version the person agreed; a stale one is refused with plan.conflict.");
        Field(x => x.PersonAgreed).Description("True once the person has agreed it; false is refused with plan.no-consent.");
    }
}
