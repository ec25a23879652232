using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.LifePictures;

[Collection(ClusterCollection.Name)]
public sealed class PictureAccessTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    public static TheoryData<string> Reads => ["get", "version", "audit", "summary", "save", "consent", "share", "claim-link", "withdraw", "download", "remove"];

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task EveryWayIn_ByAnotherPractitionerCommissionerStewardOrOutsider_IsRefused_AndLeavesNoTrace(string action)
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var before = await picture.AuditTrail(world.Person.Id);

        foreach (var stranger in new[] { world.OtherPractitioner, world.Commissioner, world.Steward, world.Outsider })
            await Refused.With(AccessPolicy.PictureNotShared, () => Act(picture, action, stranger.Id, world));
        await Refused.With("auth.required", () => Act(picture, action, null, world));

        Assert.Equal(before, await picture.AuditTrail(world.Person.Id));
        Assert.Equal(PictureWorld.Words, (await picture.Get(world.Person.Id)).Content.WhatMatters);
    }

    [Fact]
    public async Task ThePersonAndTheirPractitioner_OpenIt_AndOnlyThePersonDownloads()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();

        Assert.True((await picture.Get(world.Person.Id)).CallerIsThePerson);
        Assert.False((await picture.Get(world.Practitioner.Id)).CallerIsThePerson);
        var export = await picture.Download(world.Person.Id);
        Assert.Equal(PictureWorld.Words, Assert.Single(export.Versions).Content.WhatMatters);
        await Refused.With(AccessPolicy.PictureSubjectOnly, () => picture.Download(world.Practitioner.Id));
    }

    [Fact]
    public async Task APictureThatDoesNotExist_IsRefusedTheSameAsOneNotShared()
    {
        var world = await PictureWorld.Create(_grains);

        await Refused.With(AccessPolicy.PictureNotShared, () => world.NewPicture().Get(world.Practitioner.Id));
        await Refused.With(AccessPolicy.PictureNotShared, () => world.NewPicture().AuditTrail(world.Outsider.Id));
    }

    [Fact]
    public async Task ListingAnotherPersonsShelf_IsRefused()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();

        var mine = await _grains.GetGrain<ILifePictureShelfGrain>(world.Person.Id).List(world.Person.Id);

        Assert.Equal(picture.GetPrimaryKeyString(), Assert.Single(mine).PictureId);
        Assert.Single(await _grains.GetGrain<ILifePictureShelfGrain>(world.Practitioner.Id).List(world.Practitioner.Id));
        await Refused.With(AccessPolicy.PictureNotShared, () => _grains.GetGrain<ILifePictureShelfGrain>(world.Person.Id).List(world.Practitioner.Id));
    }

    private static Task Act(ILifePictureGrain picture, string action, string? caller, PictureWorld world) => action switch
    {
        "get" => picture.Get(caller),
        "version" => picture.Version(1, caller),
        "audit" => picture.AuditTrail(caller),
        "summary" => picture.Summary(caller),
        "save" => picture.Save(new SavePicture(1, PictureWorld.Content("Overwritten")), caller),
        "consent" => picture.SetCountsInTotals(false, caller),
        "share" => picture.AddPractitioner(world.OtherPractitioner.Id, caller),
        "claim-link" => picture.IssueClaim(caller),
        "withdraw" => picture.Withdraw(caller),
        "download" => picture.Download(caller),
        "remove" => picture.RemovePractitioner(world.Practitioner.Id, caller),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
