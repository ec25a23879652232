using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Funding;

[Collection(ClusterCollection.Name)]
public sealed class FundingTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task RightToControlDefaults_GiveTheSixStreams_WithPrices()
    {
        var steward = await _grains.Person("Sam");
        var place = await _grains.Place(steward, "Essex");
        var funding = _grains.GetGrain<IPlaceFundingGrain>(place.Slug);

        var view = await funding.UseRightToControlDefaults(steward.Id);

        Assert.Equal(["Adult Social Care", "Independent Living Fund", "Access to Work", "Work Choice", "Disabled Facilities Grant", "Supporting People"],
            view.Streams.Select(s => s.Name));
        Assert.Contains(view.Streams.Single(s => s.Id == "access-to-work").UnitCosts, c => c.Service == "Taxi to work and back" && c.Pence == 2400);
        await Refused.With("funding.streams-exist", () => funding.UseRightToControlDefaults(steward.Id));
    }

    [Fact]
    public async Task OnlyStewards_SetStreamsAndPrices()
    {
        var steward = await _grains.Person("Sam");
        var outsider = await _grains.Person("Uzo");
        var place = await _grains.Place(steward);
        var funding = _grains.GetGrain<IPlaceFundingGrain>(place.Slug);

        await Refused.With(AccessPolicy.StewardsOnly, () => funding.SaveStream(new SaveFundingStream(null, "Local fund", "Community"), outsider.Id));
        await Refused.With(AccessPolicy.StewardsOnly, () => funding.UseRightToControlDefaults(outsider.Id));
        await Refused.With("auth.required", () => funding.SaveStream(new SaveFundingStream(null, "Local fund", "Community"), null));

        Assert.Empty((await funding.Get()).Streams);
    }

    [Theory]
    [InlineData(-100)]
    [InlineData(0)]
    [InlineData(10_000_001)]
    public async Task NegativeZeroOrAbsurdPrices_AreRefused_AndNothingChanges(long pence)
    {
        var steward = await _grains.Person("Sam");
        var place = await _grains.Place(steward);
        var funding = _grains.GetGrain<IPlaceFundingGrain>(place.Slug);
        var stream = (await funding.SaveStream(new SaveFundingStream(null, "Local fund", "Community"), steward.Id)).Streams.Single();

        var error = await Refused.With("funding.amount-out-of-range", () => funding.SetUnitCost(new SetUnitCost(stream.Id, null, "Taxi", "journey", pence), steward.Id));

        Assert.Equal("pence", error.Field);
        Assert.Empty((await funding.Get()).Streams.Single().UnitCosts);
    }

    [Fact]
    public async Task ChangingAPrice_MakesANewVersion_AndKeepsTheOldOne()
    {
        var steward = await _grains.Person("Sam");
        var place = await _grains.Place(steward);
        var funding = _grains.GetGrain<IPlaceFundingGrain>(place.Slug);
        var stream = (await funding.SaveStream(new SaveFundingStream(null, "Access to Work", "Employment"), steward.Id)).Streams.Single();
        var cost = (await funding.SetUnitCost(new SetUnitCost(stream.Id, null, "Taxi", "journey", 2400), steward.Id)).Streams.Single().UnitCosts.Single();

        var changed = (await funding.SetUnitCost(new SetUnitCost(stream.Id, cost.Id, "Taxi", "journey", 2650), steward.Id)).Streams.Single().UnitCosts.Single();

        Assert.Equal((2, 2650L), (changed.Version, changed.Pence));
        var earlier = Assert.Single(changed.Earlier);
        Assert.Equal((1, 2400L), (earlier.Version, earlier.Pence));
        await Refused.With("funding.unit-cost-not-found", () => funding.SetUnitCost(new SetUnitCost(stream.Id, "nope", "Taxi", "journey", 1), steward.Id));
        await Refused.With("funding.stream-not-found", () => funding.SetUnitCost(new SetUnitCost("nope", null, "Taxi", "journey", 1), steward.Id));
    }
}
