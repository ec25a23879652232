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
            ctx => Run(ctx, (c, i, who) => c.EditMeasure(i.MeasureId, new EditMeasure(i.Name, i.Unit ?? "", i.Description ?? "", i.Settings(), i.Reason), who)));
        mutation.AddMutation<CycleType, CycleSummary, RemoveMeasureInputType>("removeMeasure", "Removes a measure and its points.",
            ctx => Run(ctx, async (c, i, who) =>
            {
                await c.RemoveMeasure(i.MeasureId, i.Reason, who);
                return await c.GetSummary();
            }));
        mutation.AddMutation<MeasureType, Measure, CorrectDataPointInputType>("correctDataPoint", "Corrects a data point.",
            ctx => Run(ctx, (c, i, who) => c.CorrectDataPoint(i.MeasureId, i.Date, i.Point!.ToPoint(), i.Reason, who)));
        mutation.AddMutation<MeasureType, Measure, RemoveDataPointInputType>("removeDataPoint", "Removes a data point.",
            ctx => Run(ctx, (c, i, who) => c.RemoveDataPoint(i.MeasureId, i.Date, i.Reason, who)));
        mutation.AddMutation<MeasureType, Measure, RecalculateInputType>("recalculate", "Recalculates a chart's limits from a recorded change point.",
            ctx => Run(ctx, (c, i, who) => c.Recalculate(i.MeasureId, new Recalculate(i.Date, i.Reason, i.ExperimentId, i.Decision), who)));
        mutation.AddMutation<MeasureType, Measure, RemoveRecalculationInputType>("removeRecalculation", "Removes a recalculation.",
            ctx => Run(ctx, (c, i, who) => c.RemoveRecalculation(i.MeasureId, i.Date, i.Reason, who)));
        mutation.AddMutation<DemandEntryType, DemandEntry, CorrectDemandInputType>("correctDemand", "Corrects a demand entry.",
            ctx => Run(ctx, (c, i, who) => c.CorrectDemand(i.EntryId, new LogDemand(i.Date, i.Words, i.Kind), i.Reason, who)));
        mutation.AddMutation<CycleType, CycleSummary, RemoveDemandInputType>("removeDemand", "Removes a demand entry.",
            ctx => Run(ctx, async (c, i, who) =>
            {
                await c.RemoveDemand(i.EntryId, i.Reason, who);
                return await c.GetSummary();
            }));
    }

    private static Task<T> Run<T>(IResolveFieldContext ctx, Func<ILearningCycleGrain, CorrectionInput, string?, Task<T>> act)
    {
        var input = ctx.Input<CorrectionInput>();
        return act(CycleFields.Cycle(ctx, input.CycleId), input, ctx.CallerId());
    }
}
