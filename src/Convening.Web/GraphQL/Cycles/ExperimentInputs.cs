using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>A new experiment's plan.</summary>
public sealed record AddExperimentInput(ExperimentPlan Plan, string? RequestId);

public sealed class AddExperimentInputType : CommandInputType<AddExperimentInput>
{
    public AddExperimentInputType() : base("AddExperimentInput", "A new experiment in a cycle.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Field<NonNullGraphType<ExperimentPlanInputType>>("plan").Description("What we'll try.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>An experiment's new plan, its outcome, or both.</summary>
public sealed record UpdateExperimentInput(ExperimentPlan? Plan, ExperimentOutcome? Outcome);

public sealed class UpdateExperimentInputType : CommandInputType<UpdateExperimentInput>
{
    public UpdateExperimentInputType() : base("UpdateExperimentInput", "Change an experiment's plan, record its outcome, or both.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("experimentId", "The experiment.");
        Field<ExperimentPlanInputType>("plan").Description("The new plan, replacing the old one.");
        Field<ExperimentOutcomeInputType>("outcome").Description("What happened and what we learnt.");
    }
}

public sealed class ExperimentPlanInputType : CommandInputType<ExperimentPlan>
{
    public ExperimentPlanInputType() : base("ExperimentPlanInput", "What we'll try, why, what we predict, who and when.")
    {
        Field(x => x.Change).Description("What we'll try, in a few words; labels the experiment on charts.");
        Field(x => x.Why, nullable: true).Description("Why we think it will help (Markdown).");
        Field(x => x.Prediction, nullable: true).Description("What we predict will happen (Markdown).");
        Field(x => x.Who, nullable: true).Description("Who will try it.");
        Field(x => x.StartsOn, nullable: true).Description("When it starts.");
        Field(x => x.EndsOn, nullable: true).Description("When it ends; on or after the start.");
    }
}

public sealed class ExperimentOutcomeInputType : CommandInputType<ExperimentOutcome>
{
    public ExperimentOutcomeInputType() : base("ExperimentOutcomeInput", "What an experiment showed.")
    {
        Field(x => x.WhatHappened).Description("What happened (Markdown).");
        Field(x => x.WhatWeLearnt).Description("What we learnt (Markdown).");
        Field<NonNullGraphType<ConfidenceType>>("confidence").Description("How sure we are of it.");
    }
}
