using Convening.Contracts.Gatherings;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Gatherings;

[Collection(ClusterCollection.Name)]
public sealed class CalendarFeedTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Reset_MakesANewToken_AndTheOldOneStopsWorking()
    {
        var asha = await _grains.Person("Asha");
        var feed = _grains.GetGrain<ICalendarFeedGrain>(asha.Id);
        Assert.Null(await feed.GetToken(asha.Id));

        var first = await feed.Reset(asha.Id);
        var second = await feed.Reset(asha.Id);

        Assert.StartsWith(asha.Id + ".", second);
        Assert.True(second.Length > asha.Id.Length + 40, "the secret carries 256 random bits");
        Assert.NotEqual(first, second);
        Assert.False(await feed.Accepts(first));
        Assert.True(await feed.Accepts(second));
        Assert.Equal(second, await feed.GetToken(asha.Id));
    }

    [Fact]
    public async Task Token_IsOnlyThePersonsToSeeOrReset()
    {
        var asha = await _grains.Person("Asha");
        var mallory = await _grains.Person("Mallory");
        var feed = _grains.GetGrain<ICalendarFeedGrain>(asha.Id);
        var token = await feed.Reset(asha.Id);

        await Refused.With("person.private", () => feed.GetToken(mallory.Id));
        await Refused.With("person.private", () => feed.Reset(mallory.Id));
        Assert.True(await feed.Accepts(token));
        Assert.False(await feed.Accepts(""));
        Assert.False(await _grains.GetGrain<ICalendarFeedGrain>(mallory.Id).Accepts(token));
    }
}
