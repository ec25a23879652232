using Convening.Contracts.OrganisationDirectory;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.OrganisationDirectory;

[Collection(ClusterCollection.Name)]
public sealed class ModerationTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ASubmittedEntry_IsSeenOnlyByItsSubmitterAndModerators_UntilPublished()
    {
        var submitter = await _grains.Person("Sasha");
        var stranger = await _grains.Person("Sam");
        var moderator = await _grains.Moderator();
        var place = await _grains.Place(submitter);
        var entry = _grains.NewEntry();
        using var index = Entries.Index(fixture);

        var submitted = await entry.Submit(Entries.Content(place.Slug, "Quiet Harbour Trust"), submitter.Id);

        Assert.Equal(EntryStatus.Submitted, submitted.Status);
        Assert.Equal("Quiet Harbour Trust", submitted.Current.Name);
        await Refused.With("organisation.not-found", () => entry.Get(null));
        await Refused.With("organisation.not-found", () => entry.Get(stranger.Id));
        Assert.True((await entry.Get(moderator.Id)).CanModerate);
        Assert.Contains((await Queue(moderator)).Items, i => i.Id == submitted.Id && i.Name == "Quiet Harbour Trust" && !i.IsChange);
        Assert.Equal(0, (await index.SearchNow(_grains, new DirectoryQuery("Quiet Harbour"))).Page.TotalCount);

        await Refused.With("directory.not-a-moderator", () => entry.Review(ReviewDecision.Publish, "", submitter.Id));
        await Refused.With("directory.not-a-moderator", () => Queue(stranger));
        var published = await entry.Review(ReviewDecision.Publish, "Thank you: clear and well evidenced.", moderator.Id);

        Assert.Equal(EntryStatus.Published, published.Status);
        Assert.NotNull(published.AssuredAt);
        var seen = await entry.Get(null);
        Assert.Equal("Quiet Harbour Trust", seen.Published!.Name);
        Assert.Empty(seen.Comments);
        Assert.Null(seen.Pending);
        Assert.DoesNotContain((await Queue(moderator)).Items, i => i.Id == submitted.Id);
        var found = await index.SearchNow(_grains, new DirectoryQuery("Quiet Harbour"));
        Assert.Equal(submitted.Id, Assert.Single(found.Page.Items).Id);
    }

    [Fact]
    public async Task AReturnedEntry_ShowsTheModeratorsCommentToItsSubmitter_AndGoesBackInTheQueueWhenResubmitted()
    {
        var submitter = await _grains.Person("Rowan");
        var moderator = await _grains.Moderator();
        var place = await _grains.Place(submitter);
        var entry = _grains.NewEntry();
        await entry.Submit(Entries.Content(place.Slug, "Bright Steps"), submitter.Id);

        await Refused.With("comment.empty", () => entry.Review(ReviewDecision.Return, " ", moderator.Id));
        await entry.Review(ReviewDecision.Return, "Please say how people can reach you.", moderator.Id);

        var returned = await entry.Get(submitter.Id);
        Assert.Equal(EntryStatus.Returned, returned.Status);
        Assert.Equal(EntryStatus.Returned, returned.PendingStatus);
        var comment = Assert.Single(returned.Comments);
        Assert.Equal(("Morgan Moderator", "Please say how people can reach you.", true), (comment.AuthorName, comment.Text, comment.ByModerator));
        Assert.DoesNotContain((await Queue(moderator)).Items, i => i.Id == returned.Id);
        await Refused.With("organisation.nothing-to-review", () => entry.Review(ReviewDecision.Publish, "", moderator.Id));

        var resubmitted = await entry.Submit(Entries.Content(place.Slug, "Bright Steps") with { Phone = "01632 960 002" }, submitter.Id);
        Assert.Equal(EntryStatus.Submitted, resubmitted.Status);
        Assert.Contains((await Queue(moderator)).Items, i => i.Id == returned.Id);
    }

    [Fact]
    public async Task AChangeToAPublishedEntry_IsReviewedAgain_WhileThePublishedVersionStaysPublic()
    {
        var submitter = await _grains.Person("Jo");
        var other = await _grains.Person("Kit");
        var moderator = await _grains.Moderator();
        var place = await _grains.Place(submitter);
        var entry = await _grains.PublishedEntry(submitter, Entries.Content(place.Slug, "Lantern Project"));
        using var index = Entries.Index(fixture);

        await Refused.With("organisation.not-an-editor", () => entry.Submit(Entries.Content(place.Slug, "Taken over"), other.Id));
        var changed = await entry.Submit(Entries.Content(place.Slug, "Lantern Project CIC"), submitter.Id);

        Assert.Equal(EntryStatus.Published, changed.Status);
        Assert.Equal(EntryStatus.Submitted, changed.PendingStatus);
        Assert.Equal("Lantern Project CIC", changed.Current.Name);
        var publicView = await entry.Get(null);
        Assert.Equal("Lantern Project", publicView.Current.Name);
        Assert.Null(publicView.Pending);
        Assert.Contains((await Queue(moderator)).Items, i => i.Id == changed.Id && i.IsChange);
        Assert.Equal("Lantern Project", Assert.Single((await index.SearchNow(_grains, new DirectoryQuery("Lantern"))).Page.Items).Content.Name);

        await entry.Review(ReviewDecision.Publish, "", moderator.Id);

        Assert.Equal("Lantern Project CIC", (await entry.Get(null)).Current.Name);
        Assert.Equal("Lantern Project CIC", Assert.Single((await index.SearchNow(_grains, new DirectoryQuery("Lantern"))).Page.Items).Content.Name);
    }

    [Fact]
    public async Task AWithdrawnEntry_LeavesTheDirectory()
    {
        var submitter = await _grains.Person("Ari");
        var stranger = await _grains.Person("Bo");
        var place = await _grains.Place(submitter);
        var entry = await _grains.PublishedEntry(submitter, Entries.Content(place.Slug, "Willow Circle"));
        using var index = Entries.Index(fixture);
        Assert.Equal(1, (await index.SearchNow(_grains, new DirectoryQuery("Willow Circle"))).Page.TotalCount);

        await Refused.With("organisation.not-an-editor", () => entry.Withdraw(stranger.Id));
        await entry.Withdraw(submitter.Id);

        await Refused.With("organisation.not-found", () => entry.Get(null));
        Assert.Equal(EntryStatus.Withdrawn, (await entry.Get(submitter.Id)).Status);
        Assert.Equal(0, (await index.SearchNow(_grains, new DirectoryQuery("Willow Circle"))).Page.TotalCount);
    }

    [Fact]
    public async Task Import_IsForModerators_PublishesAtOnce_AndChangesNothingWhenRepeated()
    {
        var person = await _grains.Person("Iz");
        var moderator = await _grains.Moderator();
        var place = await _grains.Place(person);
        var entry = _grains.NewEntry();
        var content = Entries.Content(place.Slug, "Imported Alliance") with
        {
            Services = [new ServiceOffer(Guid.NewGuid().ToString("D"), "Advice", "", "", "", [])],
        };
        var feed = _grains.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key);

        await Refused.With("directory.not-a-moderator", () => entry.Import(content, person.Id));
        Assert.True(await entry.Import(content, moderator.Id));
        var version = await feed.Version();
        Assert.False(await entry.Import(content, moderator.Id));

        Assert.Equal(version, await feed.Version());
        Assert.Equal("Imported Alliance", (await entry.Get(null)).Current.Name);
    }

    private Task<Contracts.Page<ModerationItem>> Queue(TestPerson person) =>
        _grains.GetGrain<IModerationQueueGrain>(IModerationQueueGrain.Key).List(100, null, person.Id);
}
