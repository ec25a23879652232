using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

[Collection(ClusterCollection.Name)]
public sealed class CycleIndexTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Group_ListsItsCycles_NewestFirst_WithTheirCurrentQuestionAndStage()
    {
        var team = await _grains.Team();
        var first = await _grains.Cycle(team, team.Member, "First question");
        var second = await _grains.Cycle(team, team.Convenor, "Second question");

        await first.Update(new UpdateCycle("First question, sharpened", "", ""), team.Member.Id);
        await first.MoveStage(CycleStage.Plan, team.Member.Id);

        var page = await _grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(team.GroupId)).List(10, null);
        Assert.Equal(["Second question", "First question, sharpened"], page.Items.Select(c => c.Question));
        Assert.Equal([CycleStage.Understand, CycleStage.Plan], page.Items.Select(c => c.Stage));
        Assert.Equal([second.GetPrimaryKeyString(), first.GetPrimaryKeyString()], page.Items.Select(c => c.Id));
    }

    [Fact]
    public async Task Place_ListsTheCyclesOfAllItsGroups_APageAtATime()
    {
        var team = await _grains.Team();
        var place = (await team.Group.GetSummary()).PlaceSlug;
        var other = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await other.Convene(new ConveneGroup(place, "Youth services", ""), team.Convenor.Id);
        await _grains.Cycle(team, team.Member, "Housing question");
        var youth = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        await youth.Start(new StartCycle(other.GetPrimaryKeyString(), "Youth question", "", ""), team.Convenor.Id);
        await _grains.Cycle(team, team.Convenor, "Health question");

        var index = _grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForPlace(place));
        var firstPage = await index.List(2, null);
        var secondPage = await index.List(2, firstPage.EndCursor);

        Assert.True(firstPage.HasNextPage);
        Assert.False(secondPage.HasNextPage);
        Assert.Equal(3, firstPage.TotalCount);
        Assert.Equal(["Health question", "Youth question", "Housing question"],
            firstPage.Items.Concat(secondPage.Items).Select(c => c.Question));
    }
}
