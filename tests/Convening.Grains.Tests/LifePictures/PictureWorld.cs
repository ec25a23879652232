using Convening.Contracts.Funding;
using Convening.Contracts.Groups;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.LifePictures;

/// <summary>
/// A place with the six roles the authorisation matrix names: the person a picture is about, their
/// practitioner, another practitioner in the same place, a commissioner, a steward, an outsider.
/// </summary>
public sealed record PictureWorld(
    IGrainFactory Grains, PlaceView Place, TestPerson Person, TestPerson Practitioner, TestPerson OtherPractitioner,
    TestPerson Commissioner, TestPerson Steward, TestPerson Outsider)
{
    public const string Words = "Walking my dog Biscuit along the Witham every morning";

    public static async Task<PictureWorld> Create(IGrainFactory grains, string placeName = "Lincolnshire")
    {
        var steward = await grains.Person("Sam");
        var place = await grains.Place(steward, placeName);
        var people = await Task.WhenAll(new[] { "Pat", "Priya", "Omar", "Cleo", "Uzo" }.Select(n => grains.Person(n)));
        var group = grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await group.Convene(new ConveneGroup(place.Slug, "Valuing Good Lives practitioners", ""), steward.Id);
        await group.Join(steward, people[1], GroupRole.Member);
        await group.Join(steward, people[2], GroupRole.Member);
        var placeGrain = grains.GetGrain<IPlaceGrain>(place.Slug);
        await placeGrain.AppointCommissioner(people[3].Id, steward.Id);
        await grains.GetGrain<IPlaceFundingGrain>(place.Slug).UseRightToControlDefaults(steward.Id);
        return new PictureWorld(grains, await placeGrain.Get(), people[0], people[1], people[2], people[3], steward, people[4]);
    }

    public static PictureContent Content(string whatMatters = Words, SupportMatch home = SupportMatch.Partly, params string[] streams) =>
        new("Jo", whatMatters, "Knows every bus route in Lincoln",
            [new AreaPicture(LifeArea.Home, "Stay in my own flat", "Carer twice a day", home, "Help with the stairs"),
             new AreaPicture(LifeArea.WorkAndLearning, "", "Access to Work taxi", SupportMatch.Yes, "")],
            streams);

    public ILifePictureGrain NewPicture() => Grains.GetGrain<ILifePictureGrain>(Guid.NewGuid().ToString("N"));

    /// <summary>A picture recorded by the practitioner and claimed by the person.</summary>
    public async Task<ILifePictureGrain> ClaimedPicture(bool counts = true, PictureContent? content = null)
    {
        var picture = NewPicture();
        await picture.Record(new RecordPicture(Place.Slug, new PictureConsent(true, counts), content ?? Content(), []), Practitioner.Id);
        await picture.Claim(await picture.IssueClaim(Practitioner.Id), Person.Id);
        return picture;
    }
}
