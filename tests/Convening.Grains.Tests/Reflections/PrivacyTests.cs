using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Reflections;

/// <summary>Every grain-level way to read a private reflection, tried by everyone but its author.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PrivacyTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task PrivateReflection_IsFoundByNoOneButItsAuthor_ThroughAnyPath()
    {
        var (author, others, group, slug) = await World();
        var marker = "private-" + Guid.NewGuid().ToString("N");
        var entry = await _grains.Reflection(author, Write.Entry(marker, body: marker, themes: [marker[..30]]));
        await entry.Save(Write.Entry(marker, expectedVersion: 1, body: marker + " edited", themes: [marker[..30]]), author.Id);

        foreach (var other in others)
        {
            await Refused.With("reflection.not-found", () => entry.Get(other?.Id));
            await Refused.With("reflection.not-found", () => entry.History(other?.Id));
            await Refused.With(other is null ? "auth.required" : "reflection.not-found", () => entry.Delete(other?.Id));
            await Refused.With(other is null ? "auth.required" : "reflection.not-found", () => entry.Save(Write.Entry("Overwritten", expectedVersion: 2), other?.Id));
            var journal = _grains.GetGrain<IJournalGrain>(author.Id);
            await Assert.ThrowsAsync<ConveningException>(() => journal.List(new JournalQuery(100, null, null, null), other?.Id));
            await Assert.ThrowsAsync<ConveningException>(() => journal.Ids(other?.Id));
            if (other is null)
                continue;
            foreach (var audience in new[] { ReflectionAudience.Group(group), ReflectionAudience.Place(slug) })
                await AssertAbsent(audience, other, marker);
        }
        Assert.Equal(marker + " edited", (await entry.Get(author.Id)).Sections[0]);
    }

    [Fact]
    public async Task SharedThenMadePrivate_DisappearsFromEveryAudience()
    {
        var (author, others, group, slug) = await World();
        var marker = "was-shared-" + Guid.NewGuid().ToString("N")[..8];
        var entry = await _grains.Reflection(author, Write.Entry(marker, ReflectionVisibility.Group, group, themes: [marker]));
        var member = others.OfType<TestPerson>().First();
        Assert.Equal(marker, (await entry.Get(member.Id)).Title);

        await entry.Save(Write.Entry(marker, expectedVersion: 1, themes: [marker]), author.Id);

        await Refused.With("reflection.not-found", () => entry.Get(member.Id));
        foreach (var other in others.OfType<TestPerson>())
        {
            await AssertAbsent(ReflectionAudience.Group(group), other, marker);
            await AssertAbsent(ReflectionAudience.Place(slug), other, marker);
        }
    }

    [Fact]
    public async Task SharingWithAGroupOrPlaceYouDoNotBelongTo_IsRefused()
    {
        var (_, _, group, slug) = await World();
        var outsider = await _grains.Person("Olu");
        await Refused.With("reflection.not-in-group", () => _grains.Reflection(outsider, Write.Entry(visibility: ReflectionVisibility.Group, groupId: group)));
        await Refused.With("reflection.not-in-place", () => _grains.Reflection(outsider, Write.Entry(visibility: ReflectionVisibility.Place, placeSlug: slug)));
        Assert.Empty(await _grains.GetGrain<IJournalGrain>(outsider.Id).Ids(outsider.Id));
    }

    private async Task AssertAbsent(string audience, TestPerson viewer, string marker)
    {
        var index = _grains.GetGrain<IReflectionIndexGrain>(audience);
        try
        {
            var page = await index.List(100, null, null, viewer.Id);
            Assert.DoesNotContain(page.Items, i => i.Title.Contains(marker, StringComparison.Ordinal) || i.Excerpt.Contains(marker, StringComparison.Ordinal));
            var themes = await index.Themes(viewer.Id);
            Assert.DoesNotContain(themes.Overall, t => marker.StartsWith(t.Theme, StringComparison.Ordinal));
        }
        catch (ConveningException e)
        {
            Assert.Equal("reflection.audience-only", e.Code);
        }
    }

    /// <summary>An author in a group, and everyone who might try to read their entries: fellow members, the place's steward, a stranger and the public.</summary>
    private async Task<(TestPerson Author, TestPerson?[] Others, string GroupId, string PlaceSlug)> World()
    {
        var steward = await _grains.Person("Sam");
        var author = await _grains.Person("Asha");
        var convenor = await _grains.Person("Cal");
        var member = await _grains.Person("Ben");
        var stranger = await _grains.Person("Zed");
        var place = await _grains.Place(steward);
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await group.Convene(new ConveneGroup(place.Slug, "Housing and health", "Fewer evictions"), convenor.Id);
        await _grains.GetGrain<IPlaceGrain>(place.Slug).ApproveGroup(group.GetPrimaryKeyString(), steward.Id);
        await group.Join(convenor, author, GroupRole.Member);
        await group.Join(convenor, member, GroupRole.Member);
        return (author, [member, convenor, steward, stranger, null], group.GetPrimaryKeyString(), place.Slug);
    }
}
