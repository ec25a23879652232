using Convening.Contracts.Groups;
using Convening.Contracts.Principles;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Principles;

[Collection(ClusterCollection.Name)]
public sealed class PrincipleTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Evidence_ThatTheAuthorCannotSeeOrThatIsPrivate_IsRefused()
    {
        var steward = await _grains.Person("Sam");
        var place = await _grains.Place(steward);
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await group.Convene(new ConveneGroup(place.Slug, "Housing", "Homes"), steward.Id);
        var practitioner = await _grains.Person("Pat");
        await group.Join(steward, practitioner, GroupRole.Member);
        var otherGroup = await _grains.Group(practitioner, "Elsewhere");
        var ownPrivate = await _grains.Reflection(steward, Write.Entry("Mine, private"));
        var theirPrivate = await _grains.Reflection(practitioner, Write.Entry("Theirs, private"));
        var sharedElsewhere = await _grains.Reflection(practitioner, Write.Entry("Shared elsewhere", ReflectionVisibility.Group, otherGroup.GetPrimaryKeyString()));
        var sharedHere = await _grains.Reflection(practitioner, Write.Entry("Shared here", ReflectionVisibility.Group, group.GetPrimaryKeyString()));

        foreach (var refused in new[] { ownPrivate, theirPrivate, sharedElsewhere })
        {
            var principle = _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));
            await Refused.With("principle.evidence-not-visible", () => principle.Draft(Curate.Draft(place.Slug, evidence: [Cite(refused)]), steward.Id));
            await Refused.With("principle.not-found", () => principle.Get(steward.Id));
        }
        var ghost = _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));
        await Refused.With("principle.evidence-not-visible", () => ghost.Draft(Curate.Draft(place.Slug, evidence: [new Evidence(EvidenceKind.Reflection, "nope", "")]), steward.Id));
        await Refused.With("principle.evidence-bad-link", () => ghost.Draft(Curate.Draft(place.Slug, evidence: [new Evidence(EvidenceKind.Link, "javascript:alert(1)", "")]), steward.Id));

        var ok = _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));
        var view = await ok.Draft(Curate.Draft(place.Slug, evidence: [Cite(sharedHere), new Evidence(EvidenceKind.Link, "https://example.org/cycle", "Cycle 3")]), steward.Id);
        Assert.Equal([sharedHere.GetPrimaryKeyString(), "https://example.org/cycle"], view.Evidence.Select(e => e.Reference));
    }

    [Fact]
    public async Task Drafting_ByNonCurator_IsRefused_AndDraftsAreHiddenUntilPublished()
    {
        var steward = await _grains.Person("Sam");
        var outsider = await _grains.Person("Olu");
        var place = await _grains.Place(steward);
        var principle = _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));

        await Refused.With("principle.not-a-curator", () => principle.Draft(Curate.Draft(place.Slug), outsider.Id));
        await principle.Draft(Curate.Draft(place.Slug, "A draft only"), steward.Id);
        await Refused.With("principle.not-found", () => principle.Get(outsider.Id));
        await Refused.With("principle.not-a-curator", () => principle.Publish(outsider.Id));
        Assert.DoesNotContain((await Library(new LibraryQuery(100, null, "A draft only", null, null))).Items, p => p.Id == principle.GetPrimaryKeyString());

        await principle.Publish(steward.Id);

        Assert.Equal("A draft only", (await principle.Get(outsider.Id)).Statement);
        Assert.Contains((await Library(new LibraryQuery(100, null, null, null, place.Slug))).Items, p => p.Id == principle.GetPrimaryKeyString());
    }

    [Fact]
    public async Task Library_SearchesByTextThemeAndPlace()
    {
        var steward = await _grains.Person("Sam");
        var place = await _grains.Place(steward);
        var word = "zeb" + Guid.NewGuid().ToString("N")[..8];
        var relational = await _grains.Published(steward, place, $"Relationships {word} before process", ["relationships"]);
        await _grains.Published(steward, place, $"Budgets {word} follow the person", ["money"]);

        var byText = await Library(new LibraryQuery(100, null, $"relationships {word}", null, null));
        Assert.Equal([relational.GetPrimaryKeyString()], byText.Items.Select(p => p.Id));
        var byTheme = await Library(new LibraryQuery(100, null, word, "money", null));
        Assert.Equal([$"Budgets {word} follow the person"], byTheme.Items.Select(p => p.Statement));
        Assert.Equal(2, (await Library(new LibraryQuery(100, null, word, null, place.Slug))).TotalCount);
        Assert.Empty((await Library(new LibraryQuery(100, null, word, null, "nowhere-" + word))).Items);
    }

    [Fact]
    public async Task EndorseAndFollow_AreCountedOncePerPerson_AndFollowsAreListed()
    {
        var steward = await _grains.Person("Sam");
        var reader = await _grains.Person("Rae");
        var principle = await _grains.Published(steward, await _grains.Place(steward));

        await principle.Endorse(true, reader.Id);
        var view = await principle.Endorse(true, reader.Id);
        Assert.Equal((1, true), (view.Endorsements, view.EndorsedByMe));
        Assert.False((await principle.Get(steward.Id)).EndorsedByMe);
        await principle.Follow(true, reader.Id);

        Assert.Equal([principle.GetPrimaryKeyString()], await _grains.GetGrain<IPrincipleFollowsGrain>(reader.Id).List(reader.Id));
        await Refused.With("principle.follows-owner-only", () => _grains.GetGrain<IPrincipleFollowsGrain>(reader.Id).List(steward.Id));
        Assert.Equal(0, (await principle.Endorse(false, reader.Id)).Endorsements);
    }

    private static Evidence Cite(IReflectionGrain reflection) => new(EvidenceKind.Reflection, reflection.GetPrimaryKeyString(), "");

    private Task<Contracts.Page<PrincipleSummary>> Library(LibraryQuery query) =>
        _grains.GetGrain<IPrincipleLibraryGrain>(IPrincipleLibraryGrain.Key).Search(query);
}
