using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

[GenerateSerializer, Alias("convening.cycle-index-state")]
public sealed class CycleIndexState
{
    /// <summary>Newest first, then by id, so a cursor (the sort key) stays put as cycles are added.</summary>
    [Id(0)] public List<CycleSummary> Cycles { get; set; } = [];
}

public sealed class CycleIndexGrain(
    [PersistentState("cycle-index", StorageNames.Main)] IPersistentState<CycleIndexState> state)
    : Grain, ICycleIndexGrain
{
    private static readonly Comparer<CycleSummary> Order =
        Comparer<CycleSummary>.Create((a, b) => string.CompareOrdinal(SortKey(a), SortKey(b)));

    public async Task Upsert(CycleSummary cycle)
    {
        var cycles = state.State.Cycles;
        if (cycles.Contains(cycle))
            return;
        cycles.RemoveAll(c => c.Id == cycle.Id);
        var at = cycles.BinarySearch(cycle, Order);
        cycles.Insert(at < 0 ? ~at : at, cycle);
        await state.WriteStateAsync();
    }

    public Task<Page<CycleSummary>> List(int first, string? after) =>
        Task.FromResult(Paging.After(state.State.Cycles, SortKey, first, after));

    /// <summary>Inverted start time first, so ordinal order is newest first.</summary>
    private static string SortKey(CycleSummary c) => $"{DateTimeOffset.MaxValue.UtcTicks - c.StartedAt.UtcTicks:D19}\u0001{c.Id}";
}
