using Convening.Contracts.OrganisationDirectory;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.OrganisationDirectory;

/// <summary>Service and location ids name one thing across the whole directory; nobody takes another entry's.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectoryIdTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task ASecondEntry_CannotReuseAnotherEntrysServiceOrLocationId()
    {
        var first = await _grains.Person("Nia");
        var second = await _grains.Person("Ola");
        var place = await _grains.Place(first);
        var theirs = await _grains.PublishedEntry(first, Entries.Content(place.Slug, "Harbour Lights"));
        var service = (await theirs.Get(null)).Published!.Services[0];
        var content = Entries.Content(place.Slug, "Copycat");

        var sameService = content with { Services = [content.Services[0] with { Id = service.Id }] };
        var sameLocation = content with { Services = [content.Services[0] with { Locations = [content.Services[0].Locations[0] with { Id = service.Locations[0].Id }] }] };
        var mine = _grains.NewEntry();

        var error = await Refused.With("directory.id-taken", () => mine.Submit(sameService, second.Id));
        Assert.Equal("services[0].id", error.Field);
        error = await Refused.With("directory.id-taken", () => mine.Submit(sameLocation, second.Id));
        Assert.Equal("services[0].locations[0].id", error.Field);
        await Refused.With("organisation.not-found", () => mine.Get(second.Id));

        await theirs.Submit((await theirs.Get(first.Id)).Published!, first.Id);
    }

    [Fact]
    public async Task AnImport_WithTheIdOfAnEntryAnOrganisationKeeps_IsRefused_AndChangesNothing()
    {
        var submitter = await _grains.Person("Pia");
        var moderator = await _grains.Moderator();
        var place = await _grains.Place(submitter);
        var theirs = await _grains.PublishedEntry(submitter, Entries.Content(place.Slug, "Tidewater Trust"));

        await Refused.With("import.id-owned-elsewhere", () => theirs.Import(Entries.Content(place.Slug, "Overwritten by an import"), moderator.Id));

        Assert.Equal("Tidewater Trust", (await theirs.Get(null)).Published!.Name);
    }
}
