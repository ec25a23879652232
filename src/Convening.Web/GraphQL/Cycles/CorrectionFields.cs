using Convening.Contracts.Cycles;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>Mutations that correct or remove data and change how a measure is charted; each records who and why.</summary>
public static class CorrectionFields
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddMutation<MeasureType, Measure, EditMeasureInputType>("editMeasure", "Changes a measure's name, description and chart settings.",
            ctx => Run<EditMeasureInput, Measure>(ctx, (c, measureId, i, who) => c.EditMeasure(measureId, i.ToCommand(), who)));
        mutation.AddMutation<CycleType, CycleSummary, RemoveMeasureInputType>("removeMeasure", "Removes a measure and its points.",
            ctx => Run<RemovalInput, CycleSummary>(ctx, async (c, measureId, i, who) =>
            {
                await c.RemoveMeasure(measureId, i.Reason, who);
                return await c.GetSummary();
            }));
        mutation.AddMutation<MeasureType, Measure, CorrectDataPointInputType>("correctDataPoint", "Corrects a data point.",
            ctx => Run<CorrectDataPointInput, Measure>(ctx, (c, measureId, i, who) => c.CorrectDataPoint(measureId, i.Date, i.Point.ToPoint(), i.Reason, who)));
        mutation.AddMutation<MeasureType, Measure, RemoveDataPointInputType>("removeDataPoint", "Removes a data point.",
            ctx => Run<DatedRemovalInput, Measure>(ctx, (c, measureId, i, who) => c.RemoveDataPoint(measureId, i.Date, i.Reason, who)));
        mutation.AddMutation<MeasureType, Measure, RecalculateInputType>("recalculate", "Recalculates a chart's limits from a recorded change point.",
            ctx => Run<RecalculateInput, Measure>(ctx, (c, measureId, i, who) => c.Recalculate(measureId, i.ToCommand(), who)));
        mutation.AddMutation<MeasureType, Measure, RemoveRecalculationInputType>("removeRecalculation", "Removes a recalculation.",
            ctx => Run<DatedRemovalInput, Measure>(ctx, (c, measureId, i, who) => c.RemoveRecalculation(measureId, i.Date, i.Reason, who)));
        mutation.AddMutation<DemandEntryType, DemandEntry, CorrectDemandInputType>("correctDemand", "Corrects a demand entry.",
            ctx => Run<CorrectDemandInput, DemandEntry>(ctx, (c, entryId, i, who) => c.CorrectDemand(entryId, i.ToDemand(), i.Reason, who)));
        mutation.AddMutation<CycleType, CycleSummary, RemoveDemandInputType>("removeDemand", "Removes a demand entry.",
            ctx => Run<RemovalInput, CycleSummary>(ctx, async (c, entryId, i, who) =>
            {
                await c.RemoveDemand(entryId, i.Reason, who);
                return await c.GetSummary();
            }));
    }

    /// <summary>The input's keys name the cycle and the measure or entry inside it; the record carries the rest.</summary>
    private static Task<T> Run<TInput, T>(IResolveFieldContext ctx, Func<ILearningCycleGrain, string, TInput, string?, Task<T>> act)
    {
        var (cycleId, itemId, input) = ctx.Keyed<TInput>();
        return act(CycleFields.Cycle(ctx, cycleId), itemId, input, ctx.CallerId());
    }
}
