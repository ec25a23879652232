using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>One measure of one cycle in a summary table, with its chart worked out for the icons.</summary>
public sealed record MeasureSummary(CycleSummary Cycle, Measure Measure, SpcChart Chart);

/// <summary>
/// The view NHS boards use, for a cycle, a group or a place: every measure with its latest value and
/// its Making Data Count icons. Only the cycles the viewer may see: each cycle grain decides, and a
/// refusal leaves that cycle's measures out rather than failing the page.
/// </summary>
public static class MeasureSummaries
{
    public static IReadOnlyList<MeasureSummary> Of(CycleView cycle) =>
        [.. cycle.Measures.Select(m => new MeasureSummary(cycle.Summary, m, m.Chart()))];

    public static async Task<IReadOnlyList<MeasureSummary>> Visible(IGrainFactory grains, IEnumerable<CycleSummary> cycles, string? callerId)
    {
        if (callerId is null)
            return [];
        var views = await Task.WhenAll(cycles.Select(async c =>
        {
            try
            {
                return await grains.GetGrain<ILearningCycleGrain>(c.Id).Get(callerId);
            }
            catch (ConveningException e) when (e.Kind == ErrorKind.Forbidden)
            {
                return null;
            }
        }));
        return [.. views.OfType<CycleView>().SelectMany(Of)];
    }
}
