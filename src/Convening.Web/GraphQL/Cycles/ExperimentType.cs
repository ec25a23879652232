using Convening.Contracts.Cycles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class ExperimentType : ObjectGraphType<Experiment>
{
    public ExperimentType()
    {
        Name = "Experiment";
        Description = "Something a group tries, why, what it predicts, and later what happened and what it learnt.";
        Field(x => x.Id).Description("The experiment's id within its cycle.");
        Field("change", x => x.Plan.Change).Description("What we'll try, in a few words; labels the experiment on charts.");
        Field("why", x => x.Plan.Why).Description("Why we think it will help (Markdown).");
        Field("prediction", x => x.Plan.Prediction).Description("What we predict will happen (Markdown).");
        Field("who", x => x.Plan.Who).Description("Who will try it.");
        Field("startsOn", x => x.Plan.StartsOn, nullable: true).Description("When it starts; charts mark this date.");
        Field("endsOn", x => x.Plan.EndsOn, nullable: true).Description("When it ends.");
        Field<ExperimentOutcomeType, ExperimentOutcome>("outcome").Description("What happened and what we learnt; null until recorded.").Resolve(ctx => ctx.Source.Outcome);
        Field<NonNullGraphType<CyclePersonType>, CyclePerson>("addedBy").Description("Who added it.").Resolve(ctx => ctx.Source.AddedBy);
        Field(x => x.AddedAt).Description("When it was added.");
        Field(x => x.UpdatedAt).Description("When it was last changed.");
    }
}

public sealed class ExperimentOutcomeType : ObjectGraphType<ExperimentOutcome>
{
    public ExperimentOutcomeType()
    {
        Name = "ExperimentOutcome";
        Description = "What an experiment showed.";
        Field(x => x.WhatHappened).Description("What happened (Markdown).");
        Field(x => x.WhatWeLearnt).Description("What we learnt (Markdown).");
        Field<NonNullGraphType<ConfidenceType>, Confidence>("confidence").Description("How sure we are of it.").Resolve(ctx => ctx.Source.Confidence);
    }
}
