using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.OrganisationDirectory;

[Collection(ClusterCollection.Name)]
public sealed class EndorsementTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task GroupMembers_EndorseAnApproach_AndAreShownByName_ButNotOnTheirOwnEntry()
    {
        var submitter = await _grains.Person("Nia");
        var partner = await _grains.Person("Ola");
        var loner = await _grains.Person("Lee");
        var host = await _grains.Person("Hal");
        var place = await _grains.Place(submitter);
        await (await _grains.Group(host, "Welcome network")).Join(host, partner, GroupRole.Member);
        var entry = await _grains.PublishedEntry(submitter, Entries.Content(place.Slug, "Harbour Lights"));
        using var index = Entries.Index(fixture);

        await Refused.With("endorsement.own-entry", () => entry.Endorse("strengths-based", true, submitter.Id));
        await Refused.With("endorsement.not-eligible", () => entry.Endorse("strengths-based", true, loner.Id));
        await Refused.With("endorsement.unknown-approach", () => entry.Endorse("co-production", true, partner.Id));
        await Refused.With("auth.required", () => entry.Endorse("strengths-based", true, null));

        var endorsed = await entry.Endorse("strengths-based", true, partner.Id);
        await entry.Endorse("strengths-based", true, partner.Id);

        var endorsement = Assert.Single(endorsed.Endorsements);
        Assert.Equal(("strengths-based", "Ola"), (endorsement.Approach, endorsement.PersonName));
        Assert.Single((await entry.Get(null)).Endorsements);
        var found = Assert.Single((await index.SearchNow(_grains, new DirectoryQuery("Harbour Lights"))).Page.Items);
        Assert.Equal("Ola", Assert.Single(found.Endorsements).PersonName);

        await entry.Endorse("strengths-based", false, partner.Id);
        Assert.Empty((await entry.Get(null)).Endorsements);
    }

    [Fact]
    public async Task Endorsing_IsNotEarnedByCreatingOnesOwnPlaceAndGroup_NorByAGroupAwaitingApproval()
    {
        var submitter = await _grains.Person("Uma");
        var schemer = await _grains.Person("Vic");
        var asker = await _grains.Person("Wyn");
        var place = await _grains.Place(submitter);
        var entry = await _grains.PublishedEntry(submitter, Entries.Content(place.Slug, "Open Door"));
        await _grains.Group(schemer, "My own network");
        var requested = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await requested.Convene(new ConveneGroup(place.Slug, "Asking to join in", ""), asker.Id);

        await Refused.With("endorsement.not-eligible", () => entry.Endorse("strengths-based", true, schemer.Id));
        await Refused.With("endorsement.not-eligible", () => entry.Endorse("strengths-based", true, asker.Id));

        await _grains.GetGrain<Contracts.Places.IPlaceGrain>(place.Slug).ApproveGroup(requested.GetPrimaryKeyString(), submitter.Id);
        Assert.Single((await entry.Endorse("strengths-based", true, asker.Id)).Endorsements);
    }

    [Fact]
    public async Task ThePeopleBehindAnotherPublishedEntry_CanEndorse_OnceItIsPublished()
    {
        var submitter = await _grains.Person("Rae");
        var neighbour = await _grains.Person("Sol");
        var moderator = await _grains.Moderator();
        var place = await _grains.Place(submitter);
        var entry = await _grains.PublishedEntry(submitter, Entries.Content(place.Slug, "Tidewater Trust"));
        var theirs = _grains.NewEntry();
        await theirs.Submit(Entries.Content(place.Slug, "Neighbouring Alliance"), neighbour.Id);

        await Refused.With("endorsement.not-eligible", () => entry.Endorse("strengths-based", true, neighbour.Id));
        await theirs.Review(ReviewDecision.Publish, "", moderator.Id);
        var endorsed = await entry.Endorse("strengths-based", true, neighbour.Id);

        Assert.Equal("Sol", Assert.Single(endorsed.Endorsements).PersonName);
        await theirs.Withdraw(neighbour.Id);
        await entry.Endorse("strengths-based", false, neighbour.Id);
        await Refused.With("endorsement.not-eligible", () => entry.Endorse("strengths-based", true, neighbour.Id));
    }

    [Fact]
    public async Task AnUnpublishedEntry_CannotBeEndorsed()
    {
        var submitter = await _grains.Person("Pia");
        var partner = await _grains.Person("Quin");
        var place = await _grains.Place(submitter);
        var group = await _grains.Group(partner);
        var entry = _grains.NewEntry();
        await entry.Submit(Entries.Content(place.Slug), submitter.Id);

        await Refused.With("organisation.not-found", () => entry.Endorse("strengths-based", true, partner.Id));
        Assert.NotNull(group);
    }
}
