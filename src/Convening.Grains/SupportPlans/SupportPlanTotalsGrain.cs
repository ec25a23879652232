using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.Places;
using Convening.Contracts.Storage;
using Convening.Contracts.SupportPlans;
using Convening.Grains.LifePictures;

namespace Convening.Grains.SupportPlans;

[GenerateSerializer, Alias("convening.support-plan-totals-state")]
public sealed class SupportPlanTotalsState
{
    /// <summary>Each counted plan's contribution, sealed with the place key, by plan id.</summary>
    [Id(0)] public Dictionary<string, byte[]> Contributions { get; set; } = [];
}

/// <summary>
/// A place's agreed plans added up (decision 0043): contributions go in sealed; only
/// <see cref="PlanTable"/>'s suppressed table comes out, and only to the place's commissioners.
/// </summary>
public sealed class SupportPlanTotalsGrain(
    [PersistentState("support-plan-totals", StorageNames.Main)] IPersistentState<SupportPlanTotalsState> state,
    IPlaceKeys keys)
    : Grain, ISupportPlanTotalsGrain
{
    private string Slug => this.GetPrimaryKeyString();

    public async Task Count(string planId, PlanContribution contribution)
    {
        var contributions = state.State.Contributions;
        if (!contributions.ContainsKey(planId) && contributions.Count >= Limits.PicturesPerPlace)
            throw new ConveningException("totals.full", $"A place's totals can count at most {Limits.PicturesPerPlace} plans.");
        contributions[planId] = Seal.Close(contribution, await keys.KeyFor(Slug), Context(planId));
        await state.Write(this);
    }

    public async Task Uncount(string planId)
    {
        if (state.State.Contributions.Remove(planId))
            await state.Write(this);
    }

    public async Task<PlanTotals> Totals(string? callerId)
    {
        var caller = Caller.Required(callerId);
        AccessPolicy.Commissioner(await GrainFactory.GetGrain<IPlaceGrain>(Slug).Get(), caller);
        var streams = (await GrainFactory.GetGrain<IPlaceFundingGrain>(Slug).Get()).Streams.Select(s => s.Id).ToList();
        var key = await keys.KeyFor(Slug);
        var open = state.State.Contributions.Select(c => Seal.Open<PlanContribution>(c.Value, key, Context(c.Key))).ToList();
        return PlanTable.Build(Slug, open, streams);
    }

    private static string Context(string planId) => $"support-plan-totals/{planId}";
}
