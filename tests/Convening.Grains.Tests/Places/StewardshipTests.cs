using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Principles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Places;

[Collection(ClusterCollection.Name)]
public sealed class StewardshipTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ConveningInSomeoneElsesPlace_IsARequest_UntilAStewardApprovesIt()
    {
        var steward = await _grains.Person("Sam");
        var asker = await _grains.Person("Ada");
        var place = await _grains.Place(steward);
        var grain = _grains.GetGrain<IPlaceGrain>(place.Slug);
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));

        var asked = await group.Convene(new ConveneGroup(place.Slug, "Young people's group", "Fewer hand-offs"), asker.Id);

        Assert.Equal(GroupStanding.Requested, asked.Standing);
        Assert.Empty((await grain.Get()).Groups);
        var request = Assert.Single(await grain.Requests(steward.Id));
        Assert.Equal((group.GetPrimaryKeyString(), "Ada"), (request.Group.Id, request.RequestedByName));
        await Refused.With(AccessPolicy.StewardsOnly, () => grain.Requests(asker.Id));
        await Refused.With(AccessPolicy.StewardsOnly, () => grain.ApproveGroup(group.GetPrimaryKeyString(), asker.Id));

        var approved = await grain.ApproveGroup(group.GetPrimaryKeyString(), steward.Id);

        Assert.Equal(group.GetPrimaryKeyString(), Assert.Single(approved.Groups).Id);
        Assert.Empty(await grain.Requests(steward.Id));
        Assert.Equal(GroupStanding.Approved, (await group.GetSummary()).Standing);
        await Refused.With("place.request-not-found", () => grain.DeclineGroup(group.GetPrimaryKeyString(), steward.Id));
    }

    [Fact]
    public async Task AStewardConvening_IsApprovedAtOnce_AndADeclinedGroupGetsNoStanding()
    {
        var steward = await _grains.Person("Sam");
        var asker = await _grains.Person("Ada");
        var place = await _grains.Place(steward);
        var grain = _grains.GetGrain<IPlaceGrain>(place.Slug);
        var own = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        var declined = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));

        Assert.Equal(GroupStanding.Approved, (await own.Convene(new ConveneGroup(place.Slug, "Stewards' own", ""), steward.Id)).Standing);
        await declined.Convene(new ConveneGroup(place.Slug, "Not here", ""), asker.Id);
        await grain.DeclineGroup(declined.GetPrimaryKeyString(), steward.Id);

        Assert.Equal(GroupStanding.Declined, (await declined.GetSummary()).Standing);
        Assert.Equal([own.GetPrimaryKeyString()], (await grain.Get()).Groups.Select(g => g.Id));
        Assert.Empty(await grain.Requests(steward.Id));
        await Refused.With(AccessPolicy.CuratorsOnly, () => _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"))
            .Draft(new DraftPrinciple(place.Slug, "Start from what matters", "", [], []), asker.Id));
        Assert.NotNull(await declined.GetDetails(asker.Id));
    }

    [Fact]
    public async Task Stewards_AppointAndRemoveStewards_ButNeverTheLastOne()
    {
        var first = await _grains.Person("Sam");
        var second = await _grains.Person("Tia");
        var outsider = await _grains.Person("Uzo");
        var place = await _grains.Place(first);
        var grain = _grains.GetGrain<IPlaceGrain>(place.Slug);

        await Refused.With(AccessPolicy.StewardsOnly, () => grain.AppointSteward(outsider.Id, outsider.Id));
        var appointed = await grain.AppointSteward(second.Id, first.Id);
        Assert.Equal([first.Id, second.Id], appointed.StewardIds);
        Assert.Equal(["Sam", "Tia"], appointed.Stewards.Select(s => s.DisplayName));
        await Refused.With("place.already-steward", () => grain.AppointSteward(second.Id, first.Id));

        await grain.RemoveSteward(first.Id, second.Id);
        Assert.Equal([second.Id], (await grain.Get()).StewardIds);
        await Refused.With(AccessPolicy.StewardsOnly, () => grain.Update(new UpdatePlace("Taken", ""), first.Id));

        var last = await Refused.With("place.last-steward", () => grain.RemoveSteward(second.Id, second.Id));
        Assert.Equal(ErrorKind.Conflict, last.Kind);
        Assert.Equal([second.Id], (await grain.Get()).StewardIds);
    }

    [Fact]
    public async Task StewardCandidates_AreTheMembersOfApprovedGroups_WhoAreNotStewardsYet()
    {
        var steward = await _grains.Person("Sam");
        var convenor = await _grains.Person("Ada");
        var waiting = await _grains.Person("Wes");
        var place = await _grains.Place(steward);
        var grain = _grains.GetGrain<IPlaceGrain>(place.Slug);
        var approved = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await approved.Convene(new ConveneGroup(place.Slug, "Approved", ""), convenor.Id);
        await grain.ApproveGroup(approved.GetPrimaryKeyString(), steward.Id);
        await _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N")).Convene(new ConveneGroup(place.Slug, "Waiting", ""), waiting.Id);

        Assert.Equal(["Ada"], (await grain.StewardCandidates(steward.Id)).Select(c => c.DisplayName));
        await Refused.With(AccessPolicy.StewardsOnly, () => grain.StewardCandidates(convenor.Id));
    }
}
