using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Gatherings;

/// <summary>Gatherings for the grain tests: a group with a convenor, a member and an observer, and a gathering of it.</summary>
public sealed record GatheringWorld(TestPerson Convenor, TestPerson Member, TestPerson Observer, IGroupGrain Group, IGatheringGrain Gathering)
{
    public string GroupId => Group.GetPrimaryKeyString();
}

public static class GivenGathering
{
    public static GatheringDetails Details(string title = "Right to Control check-in", GatheringFormat format = GatheringFormat.InPerson,
        string address = "Committee Room 2, County Hall", string joinUrl = "", int minutes = 90, string timeZone = "Europe/London") =>
        new(title, "Agree how we offer one assessment", format, address, joinUrl, minutes, timeZone);

    /// <summary>Next week, on the hour, so it is always in the future.</summary>
    public static DateTimeOffset NextWeek()
    {
        var at = DateTimeOffset.UtcNow.AddDays(7);
        return new DateTimeOffset(at.Year, at.Month, at.Day, 10, 0, 0, TimeSpan.Zero);
    }

    public static async Task<GatheringWorld> World(this IGrainFactory grains, bool schedule = true)
    {
        var convenor = await grains.Person("Asha");
        var member = await grains.Person("Ben");
        var observer = await grains.Person("Olu");
        var group = await grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);
        await group.Join(convenor, observer, GroupRole.Observer);
        var gathering = grains.GetGrain<IGatheringGrain>(Guid.NewGuid().ToString("N"));
        await gathering.Plan(group.GetPrimaryKeyString(), Details(), convenor.Id);
        if (schedule)
            await gathering.Schedule(NextWeek(), convenor.Id);
        return new GatheringWorld(convenor, member, observer, group, gathering);
    }
}
