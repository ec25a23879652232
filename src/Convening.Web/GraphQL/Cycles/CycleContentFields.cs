using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>Mutations for what a cycle holds: experiments, measures and their data, the demand log.</summary>
public static class CycleContentFields
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddMutation<ExperimentType, Experiment, AddExperimentInputType>("addExperiment", "Adds an experiment to a cycle.",
            ctx =>
            {
                var input = ctx.Input<ExperimentInput>();
                return Cycle(ctx, input.CycleId).AddExperiment(input.Plan!.ToPlan(), ctx.CallerId(), input.RequestId);
            });
        mutation.AddMutation<ExperimentType, Experiment, UpdateExperimentInputType>("updateExperiment", "Changes an experiment's plan and/or records its outcome.",
            async ctx =>
            {
                var input = ctx.Input<ExperimentInput>();
                if (input.Plan is null && input.Outcome is null)
                    throw new ConveningException("experiment.nothing-to-change", "Give a new plan, an outcome, or both.");
                var cycle = Cycle(ctx, input.CycleId);
                var experiment = input.Plan is null ? null : await cycle.UpdateExperiment(input.ExperimentId, input.Plan.ToPlan(), ctx.CallerId());
                return input.Outcome is not { } outcome
                    ? experiment!
                    : await cycle.RecordOutcome(input.ExperimentId, new ExperimentOutcome(outcome.WhatHappened, outcome.WhatWeLearnt, outcome.Confidence), ctx.CallerId());
            });
        mutation.AddMutation<MeasureType, Measure, AddMeasureInputType>("addMeasure", "Adds a measure to a cycle.",
            ctx =>
            {
                var input = ctx.Input<MeasureInput>();
                return Cycle(ctx, input.CycleId).AddMeasure(new NewMeasure(input.Name, input.Unit ?? "", input.HigherIsBetter, input.Description ?? "", input.Direction, input.ChartKind ?? Contracts.Cycles.Spc.ChartKind.Xmr) { RequestId = input.RequestId }, ctx.CallerId());
            });
        mutation.AddMutation<MeasureType, Measure, AddDataPointsInputType>("addDataPoints", "Adds data points to a measure.",
            ctx =>
            {
                var input = ctx.Input<MeasureInput>();
                return Cycle(ctx, input.CycleId).AddDataPoints(input.MeasureId, [.. input.Points.Select(p => p.ToPoint())], ctx.CallerId());
            });
        mutation.AddMutation<CsvImportType, CsvImport, ImportMeasureCsvInputType>("importMeasureCsv",
            "Imports 'date,value' rows, or rows in NHSRplotthedots' columns, into a measure: all of them, or none with a report of every bad row.",
            ctx =>
            {
                var input = ctx.Input<MeasureInput>();
                return Cycle(ctx, input.CycleId).ImportCsv(input.MeasureId, input.Csv, ctx.CallerId());
            });
        mutation.AddMutation<DemandEntryType, DemandEntry, LogDemandInputType>("logDemand", "Logs one demand in the person's own words.",
            ctx =>
            {
                var input = ctx.Input<MeasureInput>();
                return Cycle(ctx, input.CycleId).LogDemand(new LogDemand(input.Date, input.Words, input.Kind) { RequestId = input.RequestId }, ctx.CallerId());
            });
    }

    private static ILearningCycleGrain Cycle(IResolveFieldContext ctx, string id) => CycleFields.Cycle(ctx, id);
}
