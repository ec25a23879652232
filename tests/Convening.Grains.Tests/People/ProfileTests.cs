using Convening.Contracts.People;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.People;

[Collection(ClusterCollection.Name)]
public sealed class ProfileTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static UpdateProfile Profile(string timeZone, params AvailabilityWindow[] windows) =>
        new("Asha Patel", Sector.SocialCare, "Northfield Council", new Availability(timeZone, windows));

    [Fact]
    public async Task Profile_IsReadableByThePersonThemself()
    {
        var asha = await _grains.Person("Asha");

        var me = await _grains.GetGrain<IPersonGrain>(asha.Id).Get(asha.Id);

        Assert.Equal((asha.Id, asha.Email, "Asha"), (me.Id, me.Card.Email, me.Card.DisplayName));
    }

    [Fact]
    public async Task Profile_ReadOrChangedBySomeoneElse_IsRejected()
    {
        var asha = await _grains.Person("Asha");
        var mallory = await _grains.Person("Mallory");
        var person = _grains.GetGrain<IPersonGrain>(asha.Id);

        await Refused.With("person.private", () => person.Get(mallory.Id));
        await Refused.With("person.private", () => person.UpdateProfile(Profile("Europe/London"), mallory.Id));
        await Refused.With("auth.required", () => person.Get(null));

        Assert.Equal("Asha", (await person.Get(asha.Id)).Card.DisplayName);
    }

    [Fact]
    public async Task Availability_IsSavedInWeekOrder()
    {
        var asha = await _grains.Person("Asha");

        await _grains.GetGrain<IPersonGrain>(asha.Id).UpdateProfile(Profile("Europe/London",
            new(DayOfWeek.Thursday, 9 * 60, 12 * 60), new(DayOfWeek.Monday, 14 * 60, 17 * 60), new(DayOfWeek.Monday, 9 * 60, 12 * 60)), asha.Id);

        var saved = (await _grains.GetGrain<IPersonGrain>(asha.Id).Get(asha.Id)).Card.Availability;
        Assert.Equal("Europe/London", saved.TimeZone);
        Assert.Equal([(DayOfWeek.Monday, 540), (DayOfWeek.Monday, 840), (DayOfWeek.Thursday, 540)], saved.Windows.Select(w => (w.Day, w.FromMinute)));
    }

    [Fact]
    public async Task Availability_Overlapping_IsRejected()
    {
        var asha = await _grains.Person("Asha");

        await Refused.With("availability.overlapping", () => _grains.GetGrain<IPersonGrain>(asha.Id).UpdateProfile(Profile("Europe/London",
            new(DayOfWeek.Monday, 9 * 60, 12 * 60), new(DayOfWeek.Monday, 11 * 60, 13 * 60)), asha.Id));

        Assert.Empty((await _grains.GetGrain<IPersonGrain>(asha.Id).Get(asha.Id)).Card.Availability.Windows);
    }

    [Fact]
    public async Task Availability_EndingBeforeItStarts_IsRejected()
    {
        var asha = await _grains.Person("Asha");

        await Refused.With("availability.ends-before-start", () => _grains.GetGrain<IPersonGrain>(asha.Id).UpdateProfile(Profile("Europe/London",
            new AvailabilityWindow(DayOfWeek.Friday, 15 * 60, 10 * 60)), asha.Id));
    }

    [Fact]
    public async Task Availability_InUnknownTimeZone_IsRejected()
    {
        var asha = await _grains.Person("Asha");

        await Refused.With("availability.unknown-time-zone",
            () => _grains.GetGrain<IPersonGrain>(asha.Id).UpdateProfile(Profile("Europe/Atlantis"), asha.Id));

        Assert.Equal("Asha", (await _grains.GetGrain<IPersonGrain>(asha.Id).Get(asha.Id)).Card.DisplayName);
    }
}
