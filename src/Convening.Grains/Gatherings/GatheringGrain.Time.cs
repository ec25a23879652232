using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Grains.Gatherings;

/// <summary>
/// The rest of a gathering's time: what members are already going to (so the time-finder does not
/// double-book them), a gathering recorded after it took place, and a draft thrown away.
/// </summary>
public sealed partial class GatheringGrain
{
    /// <summary>
    /// By member: the planned gatherings, of this group and of each of their other groups, in the search
    /// (this gathering itself left out, so moving it is not blocked by where it is now).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, IReadOnlyList<BusyTime>>> Busy(IReadOnlyList<PersonCard> people, DateTimeOffset from, int weeks)
    {
        var to = from.AddDays(7 * weeks + 1);
        var groupsOf = await Task.WhenAll(people.Select(async p => (p.Id, Groups: await GrainFactory.GetGrain<IPersonGrain>(p.Id).GroupIds())));
        var groupIds = groupsOf.SelectMany(p => p.Groups).Append(S.GroupId).Distinct().ToList();
        var times = await Task.WhenAll(groupIds.Select(async g => (Group: g, Times: await Index(g).Busy(from, to))));
        var byGroup = times.ToDictionary(t => t.Group, t => t.Times.Where(b => b.GatheringId != Id).ToList());
        return groupsOf.ToDictionary(
            p => p.Id,
            p => (IReadOnlyList<BusyTime>)[.. p.Groups.Append(S.GroupId).Distinct().SelectMany(g => byGroup.GetValueOrDefault(g) ?? [])]);
    }

    public async Task<GatheringView> RecordHeld(DateTimeOffset start, string? callerId)
    {
        var (caller, role) = await Convenor(callerId);
        EnsureOpen();
        EnsureNotOver();
        var at = new DateTimeOffset(start.UtcTicks - start.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        if (at.AddMinutes(S.Details.Minutes) > Now)
            throw new ConveningException("start.not-over", "Choose a time that has passed: the gathering must have finished to be recorded as held. To plan one, choose a time instead.");
        if (at < Now.AddYears(-GatheringLimits.MaxYearsAhead))
            throw new ConveningException("start.too-long-ago", $"Choose a time within the last {GatheringLimits.MaxYearsAhead} years.");
        if (S.Status == GatheringStatus.Planned)
            S.Sequence++;
        S.Status = GatheringStatus.Planned;
        S.Start = at;
        return await Save(caller, role);
    }

    public async Task Discard(string? callerId)
    {
        await Convenor(callerId);
        if (S.Status != GatheringStatus.Draft)
            throw ConveningException.Conflict("gathering.not-a-draft", "Only a gathering that has no time yet can be discarded. Cancel it instead, so members' calendars are told.");
        if (S.Actions.Count > 0)
            throw ConveningException.Conflict("gathering.has-actions", "This draft has actions that people own. Remove them first, or give the gathering a time.");
        await Index(S.GroupId).Remove(Id);
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }
}
