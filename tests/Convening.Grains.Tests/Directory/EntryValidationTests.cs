using Convening.Contracts.OrganisationDirectory;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.OrganisationDirectory;

[Collection(ClusterCollection.Name)]
public sealed class EntryValidationTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<string, string, string> Broken => new()
    {
        { "no-name", "name.empty", "name" },
        { "unknown-place", "place.not-found", "places" },
        { "no-place", "places.empty", "places" },
        { "script-website", "website.invalid", "website" },
        { "bad-email", "email.invalid", "email" },
        { "bad-phone", "phone.invalid", "phone" },
        { "unknown-approach", "approach.unknown", "approaches" },
        { "twice-approach", "approach.duplicate", "approaches" },
        { "no-practice", "practice.empty", "approaches[0].practice" },
        { "unknown-people", "people-served.unknown", "peopleServed" },
        { "no-service-name", "service-name.empty", "services[0].name" },
        { "bad-postcode", "postcode.invalid", "services[0].locations[0].postcode" },
        { "virtual-without-url", "location-url.empty", "services[0].locations[1].url" },
        { "long-description", "description.too-long", "description" },
        { "unknown-register", "identifier.unknown-scheme", "identifiers[0]" },
        { "bad-charity-number", "identifier.invalid", "identifiers[1]" },
        { "twice-identifier", "identifier.duplicate", "identifiers" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task ABrokenSubmission_IsRefusedWithACodeAndTheFieldItIsAbout_AndNothingIsStored(string broken, string code, string field)
    {
        var submitter = await _grains.Person("Val");
        var place = await _grains.Place(submitter);
        var good = Entries.Content(place.Slug);
        var service = good.Services[0];
        var content = broken switch
        {
            "no-name" => good with { Name = "  " },
            "unknown-place" => good with { Places = [place.Slug, "nowhere-at-all"] },
            "no-place" => good with { Places = [] },
            "script-website" => good with { Website = "javascript:alert(1)" },
            "bad-email" => good with { Email = "not an email" },
            "bad-phone" => good with { Phone = "call us!" },
            "unknown-approach" => good with { Approaches = [new ApproachClaim("mind-reading", "We guess.", "")] },
            "twice-approach" => good with { Approaches = [good.Approaches[0], good.Approaches[0]] },
            "no-practice" => good with { Approaches = [new ApproachClaim("co-production", "", "")] },
            "unknown-people" => good with { PeopleServed = ["martians"] },
            "no-service-name" => good with { Services = [service with { Name = "" }] },
            "bad-postcode" => good with { Services = [service with { Locations = [service.Locations[0] with { Postcode = "<b>" }, service.Locations[1]] }] },
            "virtual-without-url" => good with { Services = [service with { Locations = [service.Locations[0], service.Locations[1] with { Url = "" }] }] },
            "long-description" => good with { Description = new string('x', DirectoryLimits.DescriptionLength + 1) },
            "unknown-register" => good with { Identifiers = [new OrgIdentifier("US-EIN", "12-3456789")] },
            "bad-charity-number" => good with { Identifiers = [new OrgIdentifier("GB-COH", "01234567"), new OrgIdentifier("GB-CHC", "CHARITY")] },
            "twice-identifier" => good with { Identifiers = [new OrgIdentifier("GB-CHC", "1234567"), new OrgIdentifier("gb-chc", "123 4567")] },
            _ => throw new ArgumentOutOfRangeException(nameof(broken)),
        };
        var entry = _grains.NewEntry();

        var error = await Refused.With(code, () => entry.Submit(content, submitter.Id));

        Assert.Equal(field, error.Field);
        await Refused.With("organisation.not-found", () => entry.Get(submitter.Id));
    }

    [Fact]
    public async Task AnEntryId_MustBeALowerCaseUuid_AndSigningInIsNeeded()
    {
        var submitter = await _grains.Person("Uma");
        var place = await _grains.Place(submitter);

        await Refused.With("organisation.bad-id", () => _grains.GetGrain<IOrganisationGrain>("not-a-uuid").Submit(Entries.Content(place.Slug), submitter.Id));
        await Refused.With("organisation.bad-id", () => _grains.GetGrain<IOrganisationGrain>(Guid.NewGuid().ToString("D").ToUpperInvariant()).Submit(Entries.Content(place.Slug), submitter.Id));
        await Refused.With("auth.required", () => _grains.NewEntry().Submit(Entries.Content(place.Slug), null));
    }

    [Fact]
    public async Task Text_IsStoredAsWritten_AndTidied()
    {
        var submitter = await _grains.Person("Tam");
        var place = await _grains.Place(submitter);
        var content = Entries.Content(place.Slug, "  <script>alert('x')</script> Hub  ") with { Places = [place.Slug.ToUpperInvariant()] };

        var view = await _grains.NewEntry().Submit(content, submitter.Id);

        Assert.Equal("<script>alert('x')</script> Hub", view.Current.Name);
        Assert.Equal([place.Slug], view.Current.Places);
        Assert.All(view.Current.Services[0].Locations, l => Assert.True(Guid.TryParse(l.Id, out _)));
        Assert.Equal("AB16 5AA", view.Current.Services[0].Locations[0].Postcode);
    }

    [Fact]
    public async Task Identifiers_AreTidied_AndAChangeThatLeavesThemOut_KeepsThem_WhileAnEmptyListRemovesThem()
    {
        var submitter = await _grains.Person("Ife");
        var place = await _grains.Place(submitter);
        var entry = _grains.NewEntry();

        var first = await entry.Submit(Entries.Content(place.Slug) with { Identifiers = [new OrgIdentifier("gb-chc", " 123 4567 "), new OrgIdentifier("GB-NHS", "rqx")] }, submitter.Id);
        var kept = await entry.Submit(Entries.Content(place.Slug, "Renamed hub"), submitter.Id);
        var removed = await entry.Submit(Entries.Content(place.Slug) with { Identifiers = [] }, submitter.Id);

        Assert.Equal([new OrgIdentifier("GB-CHC", "1234567"), new OrgIdentifier("GB-NHS", "RQX")], first.Current.OrgIds);
        Assert.Equal(first.Current.OrgIds, kept.Current.OrgIds);
        Assert.Empty(removed.Current.OrgIds);
    }
}
