using Convening.Contracts;
using Convening.Contracts.Places;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Places;

[Collection(ClusterCollection.Name)]
public sealed class PlaceTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task CreatePlace_MakesCreatorASteward_AndIsReadableByAnyone()
    {
        var steward = await _grains.Person("Asha");
        var slug = Given.Unique("essex");

        await _grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace("  Essex  ", "Joining up care"), steward.Id);

        var place = await _grains.GetGrain<IPlaceGrain>(slug).Get();
        Assert.Equal(slug, place.Slug);
        Assert.Equal("Essex", place.Name);
        Assert.Equal("Joining up care", place.Purpose);
        Assert.Equal([steward.Id], place.StewardIds);
        Assert.Empty(place.Groups);
    }

    [Fact]
    public async Task CreatePlace_WithUpperCaseKey_IsRejected()
    {
        var steward = await _grains.Person("Asha");
        var slug = "Mixed-" + Given.Unique("case");

        await Refused.With("slug.invalid", () => _grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace("Essex", ""), steward.Id));
    }

    [Fact]
    public async Task CreatePlace_WithTakenSlug_IsRejected_AndKeepsTheFirstPlace()
    {
        var first = await _grains.Person("Asha");
        var second = await _grains.Person("Ben");
        var place = await _grains.Place(first, "Essex");

        await Refused.With("place.slug-taken",
            () => _grains.GetGrain<IPlaceGrain>(place.Slug).Create(new CreatePlace("Other Essex", ""), second.Id));

        var stored = await _grains.GetGrain<IPlaceGrain>(place.Slug).Get();
        Assert.Equal("Essex", stored.Name);
        Assert.Equal([first.Id], stored.StewardIds);
    }

    [Theory]
    [InlineData("", "name.empty")]
    [InlineData("   ", "name.empty")]
    public async Task CreatePlace_WithoutName_IsRejected(string name, string code)
    {
        var steward = await _grains.Person("Asha");
        var slug = Given.Unique("nameless");

        await Refused.With(code, () => _grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace(name, ""), steward.Id));

        await Refused.With("place.not-found", () => _grains.GetGrain<IPlaceGrain>(slug).Get());
    }

    [Fact]
    public async Task CreatePlace_WithOverLongName_IsRejected()
    {
        var steward = await _grains.Person("Asha");
        var name = new string('a', Limits.NameLength + 1);

        await Refused.With("name.too-long",
            () => _grains.GetGrain<IPlaceGrain>(Given.Unique("long")).Create(new CreatePlace(name, ""), steward.Id));
    }

    [Theory]
    [InlineData("North East Lincs")]
    [InlineData("north--east")]
    [InlineData("-north")]
    [InlineData("north_east")]
    public async Task CreatePlace_WithBadSlug_IsRejected(string slug)
    {
        var steward = await _grains.Person("Asha");

        await Refused.With("slug.invalid",
            () => _grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace("North East Lincolnshire", ""), steward.Id));
    }

    [Fact]
    public async Task CreatePlace_Anonymously_IsRejected()
    {
        var slug = Given.Unique("anon");

        await Refused.With("auth.required", () => _grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace("Essex", ""), null));

        await Refused.With("place.not-found", () => _grains.GetGrain<IPlaceGrain>(slug).Get());
    }

    [Fact]
    public async Task UpdatePlace_ByItsSteward_ChangesNameAndPurpose()
    {
        var steward = await _grains.Person("Asha");
        var place = await _grains.Place(steward, "Essex");

        await _grains.GetGrain<IPlaceGrain>(place.Slug).Update(new UpdatePlace("Essex ICS", "Health and care together"), steward.Id);

        var stored = await _grains.GetGrain<IPlaceGrain>(place.Slug).Get();
        Assert.Equal("Essex ICS", stored.Name);
        Assert.Equal("Health and care together", stored.Purpose);
    }

    [Fact]
    public async Task UpdatePlace_ByNonSteward_IsRejected_AndChangesNothing()
    {
        var steward = await _grains.Person("Asha");
        var stranger = await _grains.Person("Mallory");
        var place = await _grains.Place(steward, "Essex");

        await Refused.With("place.not-a-steward",
            () => _grains.GetGrain<IPlaceGrain>(place.Slug).Update(new UpdatePlace("Mallory's place", ""), stranger.Id));

        Assert.Equal("Essex", (await _grains.GetGrain<IPlaceGrain>(place.Slug).Get()).Name);
    }
}
