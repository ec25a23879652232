using Convening.Contracts.Gatherings;
using Convening.Contracts.LifePictures;
using Convening.Web.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.Demo;

/// <summary>The demo tells a real story: each place meets in its own room, and each group has a history to reflect on.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoStoryTests(WebAppFixture app)
{
    [Fact]
    public async Task DemoGroups_MeetInTheirOwnPlaces_AndHaveHeldGatheringsWithReflections()
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var loader = new DemoLoader(grains, app.Services.GetRequiredService<TimeProvider>());
        var people = await loader.People(DemoPeople.All);
        foreach (var place in DemoPlaces.All)
            await loader.Place(place, people);

        var all = new List<GatheringSummary>();
        foreach (var group in DemoPlaces.All.SelectMany(p => p.Groups))
        {
            var index = grains.GetGrain<IGroupGatheringsGrain>(DemoLoader.GroupId(group.Name));
            var past = await index.List(true, 100, null, people[group.Convenor]);
            var upcoming = await index.List(false, 100, null, people[group.Convenor]);
            Assert.True(past.Items.Count >= 2, $"{group.Name} has held {past.Items.Count} gatherings");
            Assert.All(past.Items, g => Assert.True(g.Reflections.Total > 0, $"{g.Details.Title} has no reflections"));
            Assert.Contains(past.Items.SelectMany(g => new[] { g.Reflections.Transformational }), n => n > 0);
            all.AddRange(past.Items.Concat(upcoming.Items));
        }

        foreach (var room in all.Where(g => g.Details.Address.Length > 0).GroupBy(g => g.Details.Address))
            Assert.Single(room.Select(g => g.GroupId).Distinct());
        var places = DemoPlaces.All.Select(p => all.First(g => p.Groups.Any(x => DemoLoader.GroupId(x.Name) == g.GroupId)).Details.Title).ToList();
        Assert.Equal(places.Count, places.Distinct().Count());
    }

    [Fact]
    public async Task DemoPictures_AddUpInEssexAndLincolnshire_WithSomeFiguresSuppressed()
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var loader = new DemoLoader(grains, app.Services.GetRequiredService<TimeProvider>());
        var people = await loader.People(DemoPeople.All);
        foreach (var place in DemoPlaces.All)
            await loader.Place(place, people);
        await new DemoPictures(grains, people).Load();
        await new DemoPictures(grains, people).Load();

        foreach (var (slug, commissioner, counted) in new[] { ("essex", "amara", 23), ("lincolnshire", "imran", 17) })
        {
            var totals = await grains.GetGrain<ILifePictureTotalsGrain>(slug).Totals(people[commissioner]);
            Assert.Equal(counted, totals.People);
            Assert.True(totals.SuppressedFigures > 0, $"{slug} shows every figure");
            Assert.Contains(totals.Areas, a => a.Matches is >= 5 || a.PartlyMatches is >= 5 || a.Recorded is >= 5);
        }
        var dev = await grains.GetGrain<ILifePictureShelfGrain>(people["dev"]).List(people["dev"]);
        Assert.Contains(dev, e => e.AsThePerson && e.PlaceSlug == "essex");
        // Most Essex people have an agreed plan: one does not count in totals, so 17 of the 18 add up by stream; a stream where few take cash hides it.
        var plans = await grains.GetGrain<Convening.Contracts.SupportPlans.ISupportPlanTotalsGrain>("essex").Totals(people["amara"]);
        Assert.Equal(DemoPlans.People - 1, plans.Plans);
        Assert.Contains(plans.Streams, s => s.People > 0 && s.PeopleTakingCash is null);
        // Enough take the cash equivalent that Adult Social Care shows it unhidden.
        var care = plans.Streams.Single(s => s.StreamId == "adult-social-care");
        Assert.True(care.PeopleTakingCash >= 5 && care.CashTakenPence > 0, $"Adult Social Care shows {care.PeopleTakingCash?.ToString() ?? "no"} people taking cash");
    }
}
