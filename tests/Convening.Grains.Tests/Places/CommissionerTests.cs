using Convening.Contracts;
using Convening.Contracts.Places;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Places;

[Collection(ClusterCollection.Name)]
public sealed class CommissionerTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Stewards_AppointAndRemoveCommissioners_AndNoOneElseCan()
    {
        var steward = await _grains.Person("Sam");
        var commissioner = await _grains.Person("Cleo");
        var outsider = await _grains.Person("Uzo");
        var place = await _grains.Place(steward);
        var grain = _grains.GetGrain<IPlaceGrain>(place.Slug);

        await Refused.With(AccessPolicy.StewardsOnly, () => grain.AppointCommissioner(outsider.Id, outsider.Id));
        var appointed = await grain.AppointCommissioner(commissioner.Id, steward.Id);

        Assert.Equal(["Cleo"], appointed.Commissioners.Select(c => c.DisplayName));
        Assert.True(AccessPolicy.IsCommissioner(await grain.Get(), commissioner.Id));
        Assert.False(AccessPolicy.IsCommissioner(await grain.Get(), steward.Id));
        await Refused.With("place.already-commissioner", () => grain.AppointCommissioner(commissioner.Id, steward.Id));
        await Refused.With(AccessPolicy.StewardsOnly, () => grain.RemoveCommissioner(commissioner.Id, commissioner.Id));

        await grain.RemoveCommissioner(commissioner.Id, steward.Id);

        Assert.Empty((await grain.Get()).Commissioners);
        await Refused.With("place.commissioner-not-found", () => grain.RemoveCommissioner(commissioner.Id, steward.Id));
    }
}
