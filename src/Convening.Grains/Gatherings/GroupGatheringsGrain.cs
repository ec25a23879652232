using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Grains.People;
using Convening.Grains.Places;

namespace Convening.Grains.Gatherings;

[GenerateSerializer, Alias("convening.group-gatherings-state")]
public sealed class GroupGatheringsState
{
    [Id(0)] public Dictionary<string, GatheringSummary> Gatherings { get; set; } = [];
    [Id(1)] public List<AgencyHours> AgencyHours { get; set; } = [];
    /// <summary>Actions not yet done, by action id, for the convenors' overdue list.</summary>
    [Id(2)] public Dictionary<string, GroupAction> OpenActions { get; set; } = [];
}

public sealed class GroupGatheringsGrain(
    [PersistentState("group-gatherings", StorageNames.Main)] IPersistentState<GroupGatheringsState> state,
    GrainClock clock)
    : Grain, IGroupGatheringsGrain
{
    public const int MaxPageSize = 100;

    private GroupGatheringsState S => state.State;
    private IGroupGrain Group => GrainFactory.GetGrain<IGroupGrain>(this.GetPrimaryKeyString());

    public async Task Upsert(GatheringSummary summary)
    {
        S.Gatherings[summary.Id] = summary;
        await state.Write(this);
    }

    public async Task TellCalendars(string personId, bool invited)
    {
        var now = clock.UtcNow;
        foreach (var g in S.Gatherings.Values.Where(g => g.Status == GatheringStatus.Planned && g.Start > now).ToList())
            await GrainFactory.GetGrain<IGatheringGrain>(g.Id).TellCalendar(personId, invited);
    }

    public async Task Remove(string gatheringId)
    {
        if (S.Gatherings.Remove(gatheringId))
            await state.Write(this);
    }

    public Task<IReadOnlyList<BusyTime>> Busy(DateTimeOffset from, DateTimeOffset to) =>
        Task.FromResult<IReadOnlyList<BusyTime>>([.. S.Gatherings.Values
            .Where(g => g.Status == GatheringStatus.Planned && g.Start < to && g.End > from)
            .Select(g => new BusyTime(g.Id, g.Start!.Value, g.End!.Value))]);

    public async Task UpsertAction(GroupAction action)
    {
        if (S.OpenActions.GetValueOrDefault(action.ActionId) == action)
            return;
        S.OpenActions[action.ActionId] = action;
        await state.Write(this);
    }

    public async Task RemoveAction(string actionId)
    {
        if (S.OpenActions.Remove(actionId))
            await state.Write(this);
    }

    public async Task<IReadOnlyList<GroupAction>> Overdue(string? callerId)
    {
        AccessPolicy.Convenor(await Group.RoleOf(Caller.Required(callerId)));
        var today = DateOnly.FromDateTime(clock.UtcNow.UtcDateTime);
        return [.. S.OpenActions.Values.Where(a => a.Due < today).OrderBy(a => a.Due).ThenBy(a => a.GatheringTitle, StringComparer.OrdinalIgnoreCase)];
    }

    public Task<bool> HasRoom() => Task.FromResult(S.Gatherings.Count < GatheringLimits.GatheringsPerGroup);

    public async Task<Page<GatheringSummary>> List(bool past, int first, string? after, string? callerId)
    {
        await RequireMember(callerId);
        if (first is < 1 or > MaxPageSize)
            throw new ConveningException("page.size-out-of-range", $"Ask for between 1 and {MaxPageSize} items at a time.");
        var now = clock.UtcNow;
        var sorted = S.Gatherings.Values
            .Where(g => past == (g.End is { } end && end <= now))
            .Select(g => (Key: SortKey(g, past), Gathering: g))
            .OrderBy(x => x.Key, StringComparer.Ordinal)
            .ToList();
        var afterKey = after is null ? null : Cursor.Decode(after);
        var items = sorted.Where(x => afterKey is null || string.CompareOrdinal(x.Key, afterKey) > 0).Take(first + 1).ToList();
        var page = items.Take(first).ToList();
        return new Page<GatheringSummary>([.. page.Select(x => x.Gathering)],
            page.Count == 0 ? after : Cursor.Encode(page[^1].Key), items.Count > first, sorted.Count);
    }

    public async Task<GatheringSummary?> Next(string? callerId)
    {
        await RequireMember(callerId);
        var now = clock.UtcNow;
        return S.Gatherings.Values.Where(g => g.Status == GatheringStatus.Planned && g.Start > now).MinBy(g => g.Start);
    }

    public async Task<IReadOnlyList<GatheringSummary>> ForCalendar(string personId)
    {
        if (await Group.RoleOf(personId) is null)
            return [];
        var since = clock.UtcNow.AddDays(-GatheringLimits.CalendarPastDays);
        return [.. S.Gatherings.Values
            .Where(g => g.Status != GatheringStatus.Draft && g.End >= since)
            .OrderBy(g => g.Start)
            .Take(GatheringLimits.CalendarEvents)];
    }

    public async Task<IReadOnlyList<AgencyHours>> GetAgencyHours(string? callerId)
    {
        await RequireMember(callerId);
        return [.. S.AgencyHours];
    }

    public async Task<IReadOnlyList<AgencyHours>> SetAgencyHours(AgencyHours hours, string? callerId)
    {
        await RequireContributor(callerId);
        var organisation = Check.Text(hours.Organisation, "organisation", Limits.ShortText);
        var valid = AvailabilityRules.Validate(hours.Hours ?? Availability.Empty);
        if (valid.Windows.Count == 0)
            throw new ConveningException("availability.empty", "Give at least one day's hours.");
        var at = S.AgencyHours.FindIndex(a => Same(a.Organisation, organisation));
        if (at < 0 && S.AgencyHours.Count >= GatheringLimits.AgencyHoursPerGroup)
            throw new ConveningException("agency-hours.too-many", $"A group can keep the hours of at most {GatheringLimits.AgencyHoursPerGroup} agencies.");
        if (at >= 0)
            S.AgencyHours.RemoveAt(at);
        S.AgencyHours.Add(new AgencyHours(organisation, valid));
        S.AgencyHours.Sort((a, b) => string.Compare(a.Organisation, b.Organisation, StringComparison.OrdinalIgnoreCase));
        await state.Write(this);
        return [.. S.AgencyHours];
    }

    public async Task<IReadOnlyList<AgencyHours>> RemoveAgencyHours(string organisation, string? callerId)
    {
        await RequireContributor(callerId);
        if (S.AgencyHours.RemoveAll(a => Same(a.Organisation, organisation ?? "")) == 0)
            throw ConveningException.NotFound("agency-hours.not-found", "The group has no hours for that agency.");
        await state.Write(this);
        return [.. S.AgencyHours];
    }

    private async Task<GroupRole> RequireMember(string? callerId) =>
        AccessPolicy.Member(await Group.RoleOf(Caller.Required(callerId)));

    private async Task RequireContributor(string? callerId) =>
        AccessPolicy.Contributor(await Group.RoleOf(Caller.Required(callerId)));

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    // Upcoming: drafts (oldest first), then soonest first. Past: most recent first. Ticks are padded so keys sort as text.
    private static string SortKey(GatheringSummary g, bool past) => past
        ? $"{long.MaxValue - g.Start!.Value.UtcTicks:D19}|{g.Id}"
        : g.Start is { } start ? $"1|{start.UtcTicks:D19}|{g.Id}" : $"0|{g.CreatedAt.UtcTicks:D19}|{g.Id}";
}
