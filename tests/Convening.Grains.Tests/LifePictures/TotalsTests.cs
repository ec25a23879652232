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
    public async Task APlaceWithThreePeople_IsRefused_WithAClearCode()
    {
        var world = await PictureWorld.Create(_grains);
        for (var i = 0; i < 3; i++)
            await world.ClaimedPicture();

        var error = await Refused.With("totals.too-few-people", () => _grains.GetGrain<ILifePictureTotalsGrain>(world.Place.Slug).Totals(world.Commissioner.Id));
        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }
}
