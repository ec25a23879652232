using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Groups;

[Collection(ClusterCollection.Name)]
public sealed class ConveneTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Convene_InUnknownPlace_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));

        await Refused.With("place.not-found",
            () => group.Convene(new ConveneGroup(Given.Unique("nowhere"), "Housing and health", ""), convenor.Id));

        await Refused.With("group.not-found", () => group.GetSummary());
    }

    [Fact]
    public async Task Convene_MakesTheConvenorTheFirstMember()
    {
        var convenor = await _grains.Person("Asha");

        var group = await _grains.Group(convenor, "Housing and health");

        var details = await group.GetDetails(convenor.Id);
        var member = Assert.Single(details.Members);
        Assert.Equal(convenor.Id, member.Person.Id);
        Assert.Equal("Asha", member.Person.DisplayName);
        Assert.Equal(GroupRole.Convenor, member.Role);
        Assert.Equal(GroupRole.Convenor, details.MyRole);
        Assert.Equal(1, details.Summary.MemberCount);
    }

    [Fact]
    public async Task Convene_ListsTheGroupOnItsPlace()
    {
        var convenor = await _grains.Person("Asha");

        var group = await _grains.Group(convenor, "Housing and health");

        var summary = await group.GetSummary();
        var place = await _grains.GetGrain<IPlaceGrain>(summary.PlaceSlug).Get();
        var listed = Assert.Single(place.Groups);
        Assert.Equal(group.GetPrimaryKeyString(), listed.Id);
        Assert.Equal("Housing and health", listed.Name);
        Assert.Equal(1, listed.MemberCount);
    }

    [Fact]
    public async Task Convene_ListsTheMembershipOnThePerson()
    {
        var convenor = await _grains.Person("Asha");

        var group = await _grains.Group(convenor, "Housing and health");

        var me = await _grains.GetGrain<IPersonGrain>(convenor.Id).Get(convenor.Id);
        var membership = Assert.Single(me.Memberships);
        Assert.Equal(group.GetPrimaryKeyString(), membership.GroupId);
        Assert.Equal("Housing and health", membership.GroupName);
        Assert.Equal(GroupRole.Convenor, membership.Role);
    }

    [Fact]
    public async Task GetDetails_ByNonMember_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var stranger = await _grains.Person("Mallory");
        var group = await _grains.Group(convenor);

        await Refused.With("group.members-only", () => group.GetDetails(stranger.Id));
        await Refused.With("auth.required", () => group.GetDetails(null));
    }

    [Fact]
    public async Task ProfileUpdate_ShowsOnTheGroupsMemberCard()
    {
        var convenor = await _grains.Person("Asha");
        var group = await _grains.Group(convenor);
        var profile = new UpdateProfile("Asha Patel", Sector.Housing, "Northfield Housing Trust", Availability.Empty);

        await _grains.GetGrain<IPersonGrain>(convenor.Id).UpdateProfile(profile, convenor.Id);

        var card = Assert.Single((await group.GetDetails(convenor.Id)).Members).Person;
        Assert.Equal("Asha Patel", card.DisplayName);
        Assert.Equal(Sector.Housing, card.Sector);
        Assert.Equal("Northfield Housing Trust", card.Organisation);
    }
}
