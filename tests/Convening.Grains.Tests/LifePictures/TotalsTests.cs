using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.LifePictures;

[Collection(ClusterCollection.Name)]
public sealed class TotalsTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Totals_AreForCommissionersOnly_AndSuppressSmallNumbers()
    {
        var world = await PictureWorld.Create(_grains, "Essex");
        for (var i = 0; i < 7; i++)
            await world.ClaimedPicture(content: PictureWorld.Content(home: i < 5 ? SupportMatch.No : SupportMatch.Yes, streams: i < 5 ? ["access-to-work"] : ["access-to-work", "adult-social-care"]));
        var totals = _grains.GetGrain<ILifePictureTotalsGrain>(world.Place.Slug);

        foreach (var other in new[] { world.Steward, world.Practitioner, world.Person, world.Outsider })
            await Refused.With(AccessPolicy.CommissionersOnly, () => totals.Totals(other.Id));
        var seen = await totals.Totals(world.Commissioner.Id);

        Assert.Equal(7, seen.People);
        var home = seen.Areas.Single(a => a.Area == LifeArea.Home);
        // 2 whose support matches is hidden; 5 who say no would give it away (7 - 0 - 5), so it is hidden too.
        Assert.Equal((7, (int?)null, (int?)0, (int?)null), (home.Recorded, home.Matches, home.PartlyMatches, home.DoesNotMatch));
        Assert.Null(seen.Gaps.Single(g => g.Area == LifeArea.Home).NotMatched);
        Assert.Equal(7, seen.Streams.Single(s => s.StreamId == "access-to-work").People);
        Assert.Null(seen.Streams.Single(s => s.StreamId == "adult-social-care").People);
        Assert.Empty(seen.Combinations);
        Assert.Equal(7, seen.OtherCombinations);
        Assert.True(seen.SuppressedFigures >= 4);
    }

    [Fact]
    public async Task ConsentWithdrawn_TakesThePersonOutOfTheCombinationsAndTheVenn()
    {
        var world = await PictureWorld.Create(_grains, "Essex");
        var pictures = new List<ILifePictureGrain>();
        for (var i = 0; i < 10; i++)
            pictures.Add(await world.ClaimedPicture(content: PictureWorld.Content(streams: i < 5 ? ["access-to-work"] : ["access-to-work", "adult-social-care"])));
        var totals = _grains.GetGrain<ILifePictureTotalsGrain>(world.Place.Slug);
        string[] chosen = ["access-to-work", "adult-social-care"];
        var before = await totals.Totals(world.Commissioner.Id);
        Assert.Equal(5, before.Combinations.Single(c => c.StreamIds.Count == 2).People);
        Assert.Equal(5, (await totals.Venn(chosen, world.Commissioner.Id)).Regions.Single(r => r.In.Count == 2).People);

        await pictures[^1].Withdraw(world.Person.Id);

        var after = await totals.Totals(world.Commissioner.Id);
        var venn = await totals.Venn(chosen, world.Commissioner.Id);
        Assert.Equal(9, after.People);
        // 4 draw on both now: hidden, and the 5 on Access to Work alone with them, or 9 - 5 would give the 4 away.
        Assert.Empty(after.Combinations);
        Assert.Null(after.Streams.Single(s => s.StreamId == "adult-social-care").People);
        Assert.All(venn.Regions.Where(r => r.In.Contains("access-to-work")), r => Assert.Null(r.People));
        Assert.Equal(0, venn.Regions.Single(r => r.In.SequenceEqual(["adult-social-care"])).People);
    }

    [Fact]
    public async Task APlaceWithThreePeople_IsRefused_WithAClearCode()
    {
        var world = await PictureWorld.Create(_grains);
        for (var i = 0; i < 3; i++)
            await world.ClaimedPicture();

        var error = await Refused.With("totals.too-few-people", () => _grains.GetGrain<ILifePictureTotalsGrain>(world.Place.Slug).Totals(world.Commissioner.Id));
        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }
}
