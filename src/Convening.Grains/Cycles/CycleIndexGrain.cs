using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Places;

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
        await state.Write(this);
    }

    public async Task<Page<CycleSummary>> List(int first, string? after) =>
        Paging.After(await Counted(), SortKey, first, after);

    /// <summary>
    /// A place's list leaves out the cycles of groups its stewards have not approved, decided as it is
    /// read, so approving a group brings its cycles in and nothing needs re-indexing.
    /// </summary>
    private async Task<List<CycleSummary>> Counted()
    {
        var key = this.GetPrimaryKeyString();
        var prefix = ICycleIndexGrain.ForPlace("");
        if (!key.StartsWith(prefix, StringComparison.Ordinal) || state.State.Cycles.Count == 0)
            return state.State.Cycles;
        var place = await GrainFactory.GetGrain<IPlaceGrain>(key[prefix.Length..]).Get();
        return [.. state.State.Cycles.Where(c => AccessPolicy.CountsInPlace(place, c.GroupId))];
    }

    /// <summary>Inverted start time first, so ordinal order is newest first.</summary>
    private static string SortKey(CycleSummary c) => $"{DateTimeOffset.MaxValue.UtcTicks - c.StartedAt.UtcTicks:D19}\u0001{c.Id}";
}
