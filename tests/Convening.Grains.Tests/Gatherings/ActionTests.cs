using Convening.Contracts.Gatherings;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Gatherings;

[Collection(ClusterCollection.Name)]
public sealed class ActionTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;
    private static readonly DateOnly NextMonth = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30));

    [Fact]
    public async Task Action_ShowsOnItsOwnersPage_UntilDone()
    {
        var world = await _grains.World();

        var added = await world.Gathering.AddAction(new ActionInput("Map the six funding streams", world.Member.Id, NextMonth), world.Convenor.Id);
        var owned = Assert.Single(await Actions(world.Member));
        Assert.Equal(("Map the six funding streams", NextMonth, world.Gathering.GetPrimaryKeyString(), "Right to Control check-in"),
            (owned.Text, owned.Due, owned.GatheringId, owned.GatheringTitle));

        await world.Gathering.SetActionDone(added.Action.Id, true, world.Member.Id);
        Assert.Empty(await Actions(world.Member));
        Assert.True((await world.Gathering.Get(world.Member.Id)).Actions[0].Done);

        await world.Gathering.SetActionDone(added.Action.Id, false, world.Convenor.Id);
        Assert.Single(await Actions(world.Member));
    }

    [Fact]
    public async Task Action_ForSomeoneOutsideTheGroup_IsRejected()
    {
        var world = await _grains.World();
        var outsider = await _grains.Person("Mallory");

        await Refused.With("owner.not-a-member", () => world.Gathering.AddAction(new ActionInput("Spy", outsider.Id, NextMonth), world.Convenor.Id));
        await Refused.With("due.out-of-range", () => world.Gathering.AddAction(new ActionInput("Late", world.Member.Id, NextMonth.AddYears(-1)), world.Convenor.Id));

        Assert.Empty((await world.Gathering.Get(world.Convenor.Id)).Actions);
        Assert.Empty(await Actions(outsider));
    }

    [Fact]
    public async Task Action_Reassigned_MovesFromOnePersonsPageToTheOthers()
    {
        var world = await _grains.World();
        var id = (await world.Gathering.AddAction(new ActionInput("Book the room", world.Member.Id, NextMonth), world.Member.Id)).Action.Id;

        await world.Gathering.UpdateAction(id, new ActionInput("Book the big room", world.Convenor.Id, NextMonth), world.Member.Id);

        Assert.Empty(await Actions(world.Member));
        Assert.Equal("Book the big room", Assert.Single(await Actions(world.Convenor)).Text);
    }

    [Fact]
    public async Task Action_WhoseOwnerLeftTheGroup_IsFlagged_AndCanBeTakenOn()
    {
        var world = await _grains.World();
        var id = (await world.Gathering.AddAction(new ActionInput("Draft the letter", world.Member.Id, NextMonth), world.Convenor.Id)).Action.Id;

        await world.Group.RemoveMember(world.Member.Id, world.Member.Id);

        var view = await world.Gathering.Get(world.Convenor.Id);
        Assert.True(view.Actions[0].OwnerHasLeft);
        view = await world.Gathering.UpdateAction(id, new ActionInput("Draft the letter", world.Convenor.Id, NextMonth), world.Convenor.Id);
        Assert.False(view.Actions[0].OwnerHasLeft);
        Assert.Empty(await Actions(world.Member));
    }

    [Fact]
    public async Task Actions_AreOnlyTheOwnersToSee()
    {
        var world = await _grains.World();

        await Refused.With("person.private", () => _grains.GetGrain<IPersonActionsGrain>(world.Member.Id).List(world.Convenor.Id));
    }

    [Fact]
    public async Task Renaming_TheGathering_RenamesItOnOwnersPages()
    {
        var world = await _grains.World();
        await world.Gathering.AddAction(new ActionInput("Book the room", world.Member.Id, NextMonth), world.Member.Id);

        await world.Gathering.UpdateDetails(GivenGathering.Details(title: "Trailblazer workshop"), world.Convenor.Id);

        Assert.Equal("Trailblazer workshop", Assert.Single(await Actions(world.Member)).GatheringTitle);
    }

    private Task<IReadOnlyList<OwnedAction>> Actions(TestPerson person) => _grains.GetGrain<IPersonActionsGrain>(person.Id).List(person.Id);
}
