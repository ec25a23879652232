using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Reflections;

[Collection(ClusterCollection.Name)]
public sealed class ThemesTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ThemeFromFourAuthors_IsSuppressed_AndFromFive_IsCounted()
    {
        var (convenor, members, group, slug) = await GroupOf(5);
        foreach (var author in members.Take(4))
            await _grains.Reflection(author, Write.Entry(visibility: ReflectionVisibility.Group, groupId: group, themes: ["housing"]));
        // One author writing many times is still one author.
        foreach (var _ in Enumerable.Range(0, 3))
            await _grains.Reflection(members[0], Write.Entry(visibility: ReflectionVisibility.Group, groupId: group, themes: ["benefits"]));

        var groupThemes = await Index(ReflectionAudience.Group(group)).Themes(convenor.Id);
        Assert.All(groupThemes.Overall, t => Assert.True(t.Suppressed && t.Reflections is null && t.Authors is null));
        Assert.All(groupThemes.ByMonth.SelectMany(m => m.Themes), t => Assert.True(t.Suppressed));

        await _grains.Reflection(members[4], Write.Entry(visibility: ReflectionVisibility.Group, groupId: group, themes: ["housing"]));

        var housing = (await Index(ReflectionAudience.Group(group)).Themes(convenor.Id)).Overall[0];
        Assert.Equal(("housing", 5, 5, false), (housing.Theme, housing.Reflections, housing.Authors, housing.Suppressed));
        Assert.True((await Index(ReflectionAudience.Group(group)).Themes(convenor.Id)).Overall.Single(t => t.Theme == "benefits").Suppressed);
        var placeThemes = await Index(ReflectionAudience.Place(slug)).Themes(convenor.Id);
        Assert.True(placeThemes.SmallThemesLeftOut);
        Assert.Equal(["housing"], placeThemes.Overall.Select(t => t.Theme));
        Assert.Equal(5, placeThemes.Overall[0].Authors);
        Assert.DoesNotContain("benefits", placeThemes.ByMonth.SelectMany(m => m.Themes).Select(t => t.Theme));
    }

    [Fact]
    public async Task PlaceThemes_NeverNameAThemeFromFewerThanFiveAuthors_ToAnotherGroupOfThePlace()
    {
        var (steward, members, group, slug) = await GroupOf(2);
        await _grains.Reflection(members[0], Write.Entry(visibility: ReflectionVisibility.Group, groupId: group, themes: ["eviction-at-no-12"]));
        await _grains.Reflection(members[1], Write.Entry(visibility: ReflectionVisibility.Place, placeSlug: slug, themes: ["eviction-at-no-12"]));
        var neighbour = await Neighbour(slug, steward, approved: true);

        var seen = await Index(ReflectionAudience.Place(slug)).Themes(neighbour.Id);

        Assert.Empty(seen.Overall);
        Assert.All(seen.ByMonth, m => Assert.Empty(m.Themes));
        Assert.Equal(["eviction-at-no-12"], (await Index(ReflectionAudience.Group(group)).Themes(members[0].Id)).Overall.Select(t => t.Theme));
    }

    [Fact]
    public async Task GroupList_ShowsSharedEntriesNewestFirst_FilteredByTheme_ToMembersOnly()
    {
        var (convenor, members, group, slug) = await GroupOf(2);
        await _grains.Reflection(members[0], Write.Entry("Older", ReflectionVisibility.Group, group, themes: ["housing"]));
        await _grains.Reflection(members[1], Write.Entry("Newer", ReflectionVisibility.Group, group, themes: ["health"]));
        await _grains.Reflection(members[1], Write.Entry("Kept private", themes: ["housing"]));
        var index = Index(ReflectionAudience.Group(group));

        Assert.Equal(["Newer", "Older"], (await index.List(20, null, null, convenor.Id)).Items.Select(i => i.Title));
        Assert.Equal(["Older"], (await index.List(20, null, "housing", convenor.Id)).Items.Select(i => i.Title));
        Assert.Empty((await Index(ReflectionAudience.Place(slug)).List(20, null, null, convenor.Id)).Items);
        var stranger = await _grains.Person("Zed");
        await Refused.With("reflection.audience-only", () => index.List(20, null, null, stranger.Id));
        await Refused.With("reflection.audience-only", () => index.Themes(stranger.Id));
    }

    [Fact]
    public async Task SharedWithThePlace_IsListedForMembersOfAnyGroupThere()
    {
        var (convenor, members, _, slug) = await GroupOf(1);
        var neighbour = await Neighbour(slug, convenor, approved: true);

        var entry = await _grains.Reflection(members[0], Write.Entry("For the whole place", ReflectionVisibility.Place, placeSlug: slug));

        Assert.Equal("For the whole place", (await entry.Get(neighbour.Id)).Title);
        Assert.Equal(["For the whole place"], (await Index(ReflectionAudience.Place(slug)).List(20, null, null, neighbour.Id)).Items.Select(i => i.Title));
        await Refused.With("reflection.author-only", () => entry.History(convenor.Id));
    }

    [Fact]
    public async Task SharedWithThePlace_IsNotReadByAGroupConvenedThere_UntilAStewardApprovesIt()
    {
        var (steward, members, _, slug) = await GroupOf(1);
        var entry = await _grains.Reflection(members[0], Write.Entry("Only for the place", ReflectionVisibility.Place, placeSlug: slug));
        var uninvited = await Neighbour(slug, steward, approved: false);

        await Refused.With("reflection.not-found", () => entry.Get(uninvited.Id));
        await Refused.With("reflection.audience-only", () => Index(ReflectionAudience.Place(slug)).List(20, null, null, uninvited.Id));
        await Refused.With("reflection.audience-only", () => Index(ReflectionAudience.Place(slug)).Themes(uninvited.Id));
        await Refused.With("reflection.not-in-place", () => _grains.Reflection(uninvited, Write.Entry(visibility: ReflectionVisibility.Place, placeSlug: slug)));
    }

    /// <summary>Someone who convenes a group in the place; approved by the steward or still waiting.</summary>
    private async Task<TestPerson> Neighbour(string slug, TestPerson steward, bool approved)
    {
        var neighbour = await _grains.Person("Nia");
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await group.Convene(new ConveneGroup(slug, "Employment", "Good work"), neighbour.Id);
        if (approved)
            await _grains.GetGrain<IPlaceGrain>(slug).ApproveGroup(group.GetPrimaryKeyString(), steward.Id);
        return neighbour;
    }

    private IReflectionIndexGrain Index(string audience) => _grains.GetGrain<IReflectionIndexGrain>(audience);

    private async Task<(TestPerson Convenor, TestPerson[] Members, string GroupId, string PlaceSlug)> GroupOf(int members)
    {
        var convenor = await _grains.Person("Cal");
        var group = await _grains.Group(convenor);
        var people = new List<TestPerson>();
        foreach (var i in Enumerable.Range(0, members))
        {
            var person = await _grains.Person($"Member{i}");
            await group.Join(convenor, person, GroupRole.Member);
            people.Add(person);
        }
        return (convenor, [.. people], group.GetPrimaryKeyString(), (await group.GetSummary()).PlaceSlug);
    }
}
