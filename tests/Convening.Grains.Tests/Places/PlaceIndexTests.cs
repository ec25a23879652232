using Convening.Contracts;
using Convening.Contracts.Places;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Places;

[Collection(ClusterCollection.Name)]
public sealed class PlaceIndexTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;
    private IPlaceIndexGrain Index => _grains.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key);

    [Fact]
    public async Task PlaceList_IsInNameOrder_AcrossCursorPages()
    {
        var steward = await _grains.Person("Asha");
        var tag = Given.Unique("zz");
        foreach (var town in new[] { "Whitby", "aberdeen", "Mansfield", "Barnsley", "Leeds" })
            await _grains.GetGrain<IPlaceGrain>(Given.Unique("town")).Create(new CreatePlace($"{tag} {town}", ""), steward.Id);

        var seen = new List<PlaceSummary>();
        string? after = null;
        Page<PlaceSummary> page;
        do
        {
            page = await Index.List(2, after);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items);
            after = page.EndCursor;
        }
        while (page.HasNextPage);

        Assert.Equal(page.TotalCount, seen.Count);
        Assert.Equal(seen.Count, seen.Select(p => p.Slug).Distinct().Count());
        var names = seen.Select(p => p.Name.ToLowerInvariant()).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        var mine = seen.Where(p => p.Name.StartsWith(tag, StringComparison.Ordinal)).Select(p => p.Name[(tag.Length + 1)..]);
        Assert.Equal(["aberdeen", "Barnsley", "Leeds", "Mansfield", "Whitby"], mine);
    }

    [Fact]
    public async Task PlaceList_ShowsARenamedPlaceUnderItsNewName()
    {
        var steward = await _grains.Person("Asha");
        var place = await _grains.Place(steward, Given.Unique("Old name"));
        var renamed = Given.Unique("New name");

        await _grains.GetGrain<IPlaceGrain>(place.Slug).Update(new UpdatePlace(renamed, ""), steward.Id);

        var all = await Index.List(100, null);
        var listed = Assert.Single(all.Items.Concat(await AllAfter(all)), p => p.Slug == place.Slug);
        Assert.Equal(renamed, listed.Name);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task PlaceList_AskingForTooManyOrTooFew_IsRejected(int first) =>
        await Refused.With("page.size-out-of-range", () => Index.List(first, null));

    private async Task<List<PlaceSummary>> AllAfter(Page<PlaceSummary> page)
    {
        var rest = new List<PlaceSummary>();
        while (page.HasNextPage)
        {
            page = await Index.List(100, page.EndCursor);
            rest.AddRange(page.Items);
        }
        return rest;
    }
}
