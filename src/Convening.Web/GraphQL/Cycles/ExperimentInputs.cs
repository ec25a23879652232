using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class ExperimentInput
{
    public string CycleId { get; set; } = "";
    public string ExperimentId { get; set; } = "";
    public PlanInput? Plan { get; set; }
    public OutcomeInput? Outcome { get; set; }
    public string? RequestId { get; set; }
}

public sealed class PlanInput
{
    public string Change { get; set; } = "";
    public string? Why { get; set; }
    public string? Prediction { get; set; }
    public string? Who { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    public ExperimentPlan ToPlan() => new(Change, Why ?? "", Prediction ?? "", Who ?? "", StartsOn, EndsOn);
}

public sealed class OutcomeInput
{
    public string WhatHappened { get; set; } = "";
    public string WhatWeLearnt { get; set; } = "";
    public Confidence Confidence { get; set; }
}

public sealed class AddExperimentInputType : InputObjectGraphType<ExperimentInput>
{
    public AddExperimentInputType()
    {
        Name = "AddExperimentInput";
        Description = "A new experiment in a cycle.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field<NonNullGraphType<ExperimentPlanInputType>>("plan").Description("What we'll try.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateExperimentInputType : InputObjectGraphType<ExperimentInput>
{
    public UpdateExperimentInputType()
    {
        Name = "UpdateExperimentInput";
        Description = "Change an experiment's plan, record its outcome, or both.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.ExperimentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The experiment.");
        Field<ExperimentPlanInputType>("plan").Description("The new plan, replacing the old one.");
        Field<ExperimentOutcomeInputType>("outcome").Description("What happened and what we learnt.");
    }
}

public sealed class ExperimentPlanInputType : InputObjectGraphType<PlanInput>
{
    public ExperimentPlanInputType()
    {
        Name = "ExperimentPlanInput";
        Description = "What we'll try, why, what we predict, who and when.";
        Field(x => x.Change).Description("What we'll try, in a few words; labels the experiment on charts.");
        Field(x => x.Why, nullable: true).Description("Why we think it will help (Markdown).");
        Field(x => x.Prediction, nullable: true).Description("What we predict will happen (Markdown).");
        Field(x => x.Who, nullable: true).Description("Who will try it.");
        Field(x => x.StartsOn, nullable: true).Description("When it starts.");
        Field(x => x.EndsOn, nullable: true).Description("When it ends; on or after the start.");
    }
}

public sealed class ExperimentOutcomeInputType : InputObjectGraphType<OutcomeInput>
{
    public ExperimentOutcomeInputType()
    {
        Name = "ExperimentOutcomeInput";
        Description = "What an experiment showed.";
        Field(x => x.WhatHappened).Description("What happened (Markdown).");
        Field(x => x.WhatWeLearnt).Description("What we learnt (Markdown).");
        Field<NonNullGraphType<ConfidenceType>>("confidence").Description("How sure we are of it.");
    }
}
