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
                var (cycleId, input) = ctx.Keyed<AddExperimentInput>();
                return Cycle(ctx, cycleId).AddExperiment(input.Plan, ctx.CallerId(), input.RequestId);
            });
        mutation.AddMutation<ExperimentType, Experiment, UpdateExperimentInputType>("updateExperiment", "Changes an experiment's plan and/or records its outcome.",
            async ctx =>
            {
                var (cycleId, experimentId, input) = ctx.Keyed<UpdateExperimentInput>();
                if (input.Plan is null && input.Outcome is null)
                    throw new ConveningException("experiment.nothing-to-change", "Give a new plan, an outcome, or both.");
                var cycle = Cycle(ctx, cycleId);
                var experiment = input.Plan is null ? null : await cycle.UpdateExperiment(experimentId, input.Plan, ctx.CallerId());
                return input.Outcome is null ? experiment! : await cycle.RecordOutcome(experimentId, input.Outcome, ctx.CallerId());
            });
        mutation.AddMutation<MeasureType, Measure, AddMeasureInputType>("addMeasure", "Adds a measure to a cycle.",
            ctx =>
            {
                var (cycleId, input) = ctx.Keyed<AddMeasureInput>();
                return Cycle(ctx, cycleId).AddMeasure(input.ToCommand(), ctx.CallerId());
            });
        mutation.AddMutation<MeasureType, Measure, AddDataPointsInputType>("addDataPoints", "Adds data points to a measure.",
            ctx =>
            {
                var (cycleId, measureId, input) = ctx.Keyed<AddDataPointsInput>();
                return Cycle(ctx, cycleId).AddDataPoints(measureId, [.. input.Points.Select(p => p.ToPoint())], ctx.CallerId());
            });
        mutation.AddMutation<CsvImportType, CsvImport, ImportMeasureCsvInputType>("importMeasureCsv",
            "Imports 'date,value' rows, or rows in NHSRplotthedots' columns, into a measure: all of them, or none with a report of every bad row.",
            ctx =>
            {
                var (cycleId, measureId, input) = ctx.Keyed<ImportMeasureCsvInput>();
                return Cycle(ctx, cycleId).ImportCsv(measureId, input.Csv, ctx.CallerId());
            });
        mutation.AddMutation<DemandEntryType, DemandEntry, LogDemandInputType>("logDemand", "Logs one demand in the person's own words.",
            ctx =>
            {
                var (cycleId, demand) = ctx.Keyed<LogDemand>();
                return Cycle(ctx, cycleId).LogDemand(demand, ctx.CallerId());
            });
    }

    private static ILearningCycleGrain Cycle(IResolveFieldContext ctx, string id) => CycleFields.Cycle(ctx, id);
}
