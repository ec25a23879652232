using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;
using Convening.Contracts.Storage;

namespace Convening.Grains.LifePictures;

[GenerateSerializer, Alias("convening.life-picture-totals-state")]
public sealed class LifePictureTotalsState
{
    /// <summary>Each counted picture's contribution, sealed with the place key, by picture id.</summary>
    [Id(0)] public Dictionary<string, byte[]> Contributions { get; set; } = [];
}

/// <summary>
/// A place's totals (decision 0035): contributions go in sealed; only <see cref="LifeTotals"/>'
/// suppressed tables come out, and only to the place's commissioners.
/// </summary>
public sealed class LifePictureTotalsGrain(
    [PersistentState("life-picture-totals", StorageNames.Main)] IPersistentState<LifePictureTotalsState> state,
    IPlaceKeys keys)
    : Grain, ILifePictureTotalsGrain
{
    private string Slug => this.GetPrimaryKeyString();

    /// <summary>Opened once per activation; never leaves the grain.</summary>
    private Dictionary<string, Contribution>? _open;

    public async Task Count(string pictureId, Contribution contribution)
    {
        var contributions = state.State.Contributions;
        if (!contributions.ContainsKey(pictureId) && contributions.Count >= Limits.PicturesPerPlace)
            throw new ConveningException("totals.full", $"A place's totals can count at most {Limits.PicturesPerPlace} pictures.");
        var open = await Open();
        contributions[pictureId] = Seal.Close(contribution, await keys.KeyFor(Slug), Context(pictureId));
        await Write();
        open[pictureId] = contribution;
    }

    public async Task Uncount(string pictureId)
    {
        if (!state.State.Contributions.Remove(pictureId))
            return;
        (await Open()).Remove(pictureId);
        await Write();
    }

    public Task<IReadOnlyList<string>> PictureIds() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Contributions.Keys]);

    public async Task<PlaceTotals> Totals(string? callerId) => (await Table(callerId)).Totals();

    public async Task<VennTotals> Venn(IReadOnlyList<string> streamIds, string? callerId) => (await Table(callerId)).Venn(streamIds ?? []);

    private async Task<LifeTotals> Table(string? callerId)
    {
        var caller = Caller.Required(callerId);
        AccessPolicy.Commissioner(await GrainFactory.GetGrain<IPlaceGrain>(Slug).Get(), caller);
        var streams = (await GrainFactory.GetGrain<IPlaceFundingGrain>(Slug).Get()).Streams.Select(s => s.Id).ToList();
        return LifeTotals.Build(Slug, (await Open()).Values, streams);
    }

    private async Task<Dictionary<string, Contribution>> Open()
    {
        if (_open is not null)
            return _open;
        var key = await keys.KeyFor(Slug);
        return _open = state.State.Contributions.ToDictionary(c => c.Key, c => Seal.Open<Contribution>(c.Value, key, Context(c.Key)));
    }

    private static string Context(string pictureId) => $"life-picture-totals/{pictureId}";

    private async Task Write()
    {
        try
        {
            await state.Write(this);
        }
        catch
        {
            _open = null;
            throw;
        }
    }
}
