using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Grains.Tests.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.LifePictures;

[Collection(ClusterCollection.Name)]
public sealed class PictureTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Record_WithoutConsent_IsRefused_AndNothingIsStored()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = world.NewPicture();

        var error = await Refused.With("picture.no-consent", () =>
            picture.Record(new RecordPicture(world.Place.Slug, new PictureConsent(false, true), PictureWorld.Content(), []), world.Practitioner.Id));

        Assert.Equal("consent", error.Field);
        Assert.DoesNotContain(PictureWorld.Words, error.Message);
        await Refused.With(AccessPolicy.PictureNotShared, () => picture.Get(world.Practitioner.Id));
        Assert.False(StoredRows.Contain(fixture.DataPath, "Witham"));
    }

    [Fact]
    public async Task Record_BySomeoneWithNoStandingInThePlace_IsRefused()
    {
        var world = await PictureWorld.Create(_grains);

        await Refused.With("picture.practitioner-not-in-place", () => world.NewPicture()
            .Record(new RecordPicture(world.Place.Slug, new PictureConsent(true, true), PictureWorld.Content(), []), world.Outsider.Id));
    }

    [Fact]
    public async Task StoredBytes_DoNotContainThePicturesWords_AndThePlaceHasItsOwnKeyFile()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        await picture.Save(new SavePicture(1, PictureWorld.Content("Singing with the Boston community choir on Thursdays")), world.Person.Id);

        Assert.Equal("Singing with the Boston community choir on Thursdays", (await picture.Get(world.Practitioner.Id)).Content.WhatMatters);
        foreach (var words in new[] { "Witham", "Biscuit", "Boston community choir", "Stay in my own flat", "Help with the stairs", "Knows every bus route" })
            Assert.False(StoredRows.Contain(fixture.DataPath, words), $"The stored rows hold '{words}'.");
        Assert.True(File.Exists(Path.Combine(fixture.DataPath, "place-keys", world.Place.Slug + ".key")));
    }

    [Fact]
    public async Task StoredBytes_OfADraft_DoNotContainItsWords_YetItsEditorReadsThemBack()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var draft = await picture.Draft(null, world.Practitioner.Id);
        const string words = "Rowing on the Brayford Pool with my cousin Lenka";

        await picture.SaveDraft(draft with { Content = draft.Content with { WhatMatters = words, Strengths = "Mends bicycles for the whole street" } }, world.Practitioner.Id);

        Assert.Equal(words, (await picture.Draft(null, world.Practitioner.Id)).Content.WhatMatters);
        foreach (var text in new[] { "Brayford Pool", "cousin Lenka", "Mends bicycles" })
            Assert.False(StoredRows.Contain(fixture.DataPath, text), $"The stored rows hold the draft's '{text}'.");
    }

    [Fact]
    public async Task VersionsAreKept_ThePersonCorrects_AndEveryReadAndChangeIsInTheTrail()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();

        await picture.Get(world.Practitioner.Id);
        var corrected = await picture.Save(new SavePicture(1, PictureWorld.Content("My garden, and my grandchildren visiting")), world.Person.Id);
        var first = await picture.Version(1, world.Person.Id);
        await Refused.With("picture.conflict", () => picture.Save(new SavePicture(1, PictureWorld.Content("Stale")), world.Practitioner.Id));

        Assert.Equal(2, corrected.Version);
        Assert.Equal([2, 1], corrected.Versions.Select(v => v.Number));
        Assert.True(corrected.Versions[0].ByThePerson);
        Assert.Equal(PictureWorld.Words, first.Content.WhatMatters);
        var trail = await picture.AuditTrail(world.Person.Id);
        Assert.Equal(
            [PictureAction.ReadVersion, PictureAction.Corrected, PictureAction.Opened, PictureAction.Claimed, PictureAction.ClaimLinkIssued, PictureAction.Recorded],
            trail.Select(e => e.Action));
        Assert.Equal(("Priya", world.Practitioner.Id), (trail[2].ByName, trail[2].ById));
        Assert.Equal("Pat", trail[1].ByName);
    }

    [Fact]
    public async Task ClaimLink_IsSingleUse_AndWrongSecretsAnswerTheSame()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = world.NewPicture();
        await picture.Record(new RecordPicture(world.Place.Slug, new PictureConsent(true, false), PictureWorld.Content(), []), world.Practitioner.Id);
        var secret = await picture.IssueClaim(world.Practitioner.Id);

        await Refused.With("picture.claim-invalid", () => picture.Claim("not-it", world.Person.Id));
        await Refused.With("picture.claim-by-practitioner", () => picture.Claim(secret, world.Practitioner.Id));
        await picture.Claim(secret, world.Person.Id);
        await Refused.With("picture.claim-invalid", () => picture.Claim(secret, world.Outsider.Id));
        await Refused.With("picture.claim-invalid", () => world.NewPicture().Claim(secret, world.Outsider.Id));

        Assert.Equal(world.Person.Id, (await picture.Get(world.Person.Id)).Person!.Id);
    }

    [Fact]
    public async Task APractitionerWhoLeaves_LosesAccess_ButTheLastKeeperStays()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = world.NewPicture();
        await picture.Record(new RecordPicture(world.Place.Slug, new PictureConsent(true, false), PictureWorld.Content(), []), world.Practitioner.Id);

        await Refused.With("picture.last-keeper", () => picture.RemovePractitioner(world.Practitioner.Id, world.Practitioner.Id));
        await picture.AddPractitioner(world.OtherPractitioner.Id, world.Practitioner.Id);
        await Refused.With("picture.practitioner-not-in-place", () => picture.AddPractitioner(world.Outsider.Id, world.Practitioner.Id));
        await picture.RemovePractitioner(world.Practitioner.Id, world.Practitioner.Id);

        await Refused.With(AccessPolicy.PictureNotShared, () => picture.Get(world.Practitioner.Id));
        Assert.Equal(PictureWorld.Words, (await picture.Get(world.OtherPractitioner.Id)).Content.WhatMatters);
        Assert.Empty(await _grains.GetGrain<ILifePictureShelfGrain>(world.Practitioner.Id).List(world.Practitioner.Id));
        Assert.Contains(await picture.AuditTrail(world.OtherPractitioner.Id), e => e.Action == PictureAction.PractitionerRemoved && e.AboutName == "Priya");
    }

    [Fact]
    public async Task Withdrawing_ErasesEveryVersion_KeepsTheTrail_AndRemovesThePersonFromTotals()
    {
        var world = await PictureWorld.Create(_grains);
        var pictures = new List<ILifePictureGrain>();
        for (var i = 0; i < 6; i++)
            pictures.Add(await world.ClaimedPicture());
        var totals = _grains.GetGrain<ILifePictureTotalsGrain>(world.Place.Slug);
        Assert.Equal(6, (await totals.Totals(world.Commissioner.Id)).People);

        await pictures[0].Withdraw(world.Person.Id);
        await pictures[1].SetCountsInTotals(false, world.Person.Id);

        await Refused.With("totals.too-few-people", () => totals.Totals(world.Commissioner.Id));
        await Refused.With("picture.withdrawn", () => pictures[0].Get(world.Person.Id));
        Assert.Equal(PictureAction.Withdrawn, (await pictures[0].AuditTrail(world.Person.Id))[0].Action);
        Assert.True((await pictures[0].Summary(world.Practitioner.Id)).Withdrawn);
        await pictures[1].SetCountsInTotals(true, world.Practitioner.Id);
        Assert.Equal(5, (await totals.Totals(world.Commissioner.Id)).People);
    }

    [Fact]
    public async Task BadContent_IsRefusedWithCodes_ThatNeverQuoteTheWords()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = world.NewPicture();
        var record = (PictureContent c) => picture.Record(new RecordPicture(world.Place.Slug, new PictureConsent(true, true), c, []), world.Practitioner.Id);

        await Refused.With("picture.unknown-stream", () => record(PictureWorld.Content(streams: "made-up-fund")));
        await Refused.With("what-matters.empty", () => record(PictureWorld.Content("  ")));
        var twice = PictureWorld.Content() with { Areas = [new(LifeArea.Home, "", "", SupportMatch.Yes, ""), new(LifeArea.Home, "", "", SupportMatch.No, "")] };
        await Refused.With("picture.area-twice", () => record(twice));
        var tooLong = await Refused.With("what-matters.too-long", () => record(PictureWorld.Content(new string('x', Limits.PictureWords + 1))));
        Assert.DoesNotContain("xxxx", tooLong.Message);
    }
}
