using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;
using Convening.Grains.Gatherings.Scheduling;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.Gatherings;

public sealed partial class GatheringGrain(
    [PersistentState("gathering", StorageNames.Main)] IPersistentState<GatheringState> state,
    GrainClock clock,
    INoticeLinks links,
    ILogger<GatheringGrain> logger)
    : Grain, IGatheringGrain, IRemindable, IRepairsFollowUps
{
    private GatheringState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private DateTimeOffset Now => clock.UtcNow;

    public async Task<GatheringView> Plan(string groupId, GatheringDetails details, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!Guid.TryParseExact(Id, "N", out _))
            throw new ConveningException("gathering.bad-id", "A gathering id is 32 hexadecimal characters.");
        if (S.Exists && S.CreatedBy == caller && S.GroupId == groupId)
        {
            // The id came from this person's request id (RequestIds.NewId): a retry after a lost answer.
            return await View(caller, AccessPolicy.Member(await GrainFactory.GetGrain<IGroupGrain>(groupId).RoleOf(caller)));
        }
        if (S.Exists)
            throw ConveningException.Conflict("gathering.exists", "That gathering has already been planned.");
        if (string.IsNullOrWhiteSpace(groupId))
            throw ConveningException.NotFound("group.not-found", "There is no such group.");
        var group = GrainFactory.GetGrain<IGroupGrain>(groupId);
        var role = AccessPolicy.Convenor(await group.RoleOf(caller));
        var valid = GatheringRules.Validate(details);
        if (!await Index(groupId).HasRoom())
            throw new ConveningException("gathering.too-many", $"A group can keep at most {GatheringLimits.GatheringsPerGroup} gatherings.");

        S.Exists = true;
        S.GroupId = groupId;
        S.GroupName = (await group.GetSummary()).Name;
        S.Details = valid;
        S.CreatedBy = caller;
        S.CreatedAt = Now;
        return await Save(caller, role);
    }

    public async Task<GatheringView> Get(string? callerId)
    {
        var (caller, role) = await Member(callerId);
        return await View(caller, role);
    }

    public async Task<GatheringView> UpdateDetails(GatheringDetails details, string? callerId)
    {
        var (caller, role) = await Convenor(callerId);
        EnsureOpen();
        EnsureNotOver();
        var valid = GatheringRules.Validate(details);
        var titleChanged = valid.Title != S.Details.Title;
        var changed = valid != S.Details;
        S.Details = valid;
        Changed();
        var view = await Save(caller, role);
        if (changed)
            await TellMembers(caller, S.Status, S.Start);
        if (titleChanged)
            await Task.WhenAll(S.Actions.Where(a => !a.Done).Select(TellOwner));
        return view;
    }

    public async Task<IReadOnlyList<TimeSuggestion>> SuggestTimes(int weeks, int count, string? callerId)
    {
        await Convenor(callerId);
        EnsureOpen();
        if (weeks is < 1 or > GatheringLimits.MaxWeeksToSearch)
            throw new ConveningException("weeks.out-of-range", $"Look between 1 and {GatheringLimits.MaxWeeksToSearch} weeks ahead.");
        if (count is < 1 or > GatheringLimits.MaxSuggestions)
            throw new ConveningException("count.out-of-range", $"Ask for between 1 and {GatheringLimits.MaxSuggestions} suggestions.");
        var details = await GrainFactory.GetGrain<IGroupGrain>(S.GroupId).GetDetails(callerId);
        var agencyHours = await Index(S.GroupId).GetAgencyHours(callerId);
        var people = details.Members.Select(m => m.Person).ToList();
        var request = new SchedulingRequest(Now, weeks, S.Details.Minutes, people,
            agencyHours, ZonedTime.Zone(S.Details.TimeZone), count)
        {
            Busy = await Busy(people, Now, weeks),
        };
        return Scheduler.Suggest(request);
    }

    public async Task<GatheringView> Schedule(DateTimeOffset start, string? callerId)
    {
        var (caller, role) = await Convenor(callerId);
        EnsureOpen();
        EnsureNotOver();
        var at = new DateTimeOffset(start.UtcTicks - start.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        if (at <= Now)
            throw new ConveningException("start.in-the-past", "Choose a time in the future.");
        if (at > Now.AddYears(GatheringLimits.MaxYearsAhead))
            throw new ConveningException("start.too-far-ahead", $"Choose a time within the next {GatheringLimits.MaxYearsAhead} years.");
        if (S.Status == GatheringStatus.Planned && S.Start == at)
            return await View(caller, role);
        var (before, formerStart) = (S.Status, S.Start);
        if (S.Status == GatheringStatus.Planned)
            S.Sequence++;
        S.Status = GatheringStatus.Planned;
        S.Start = at;
        var view = await Save(caller, role);
        await TellMembers(caller, before, formerStart);
        return view;
    }

    public async Task<GatheringView> Cancel(string reason, string? callerId)
    {
        var (caller, role) = await Convenor(callerId);
        EnsureOpen();
        EnsureNotOver();
        S.CancelReason = Check.OptionalMultiline(reason, "reason", GatheringLimits.AnswerLength);
        var before = S.Status;
        if (S.Status == GatheringStatus.Planned)
            S.Sequence++;
        S.Status = GatheringStatus.Cancelled;
        var view = await Save(caller, role);
        await TellMembers(caller, before, S.Start);
        return view;
    }

    /// <summary>A change calendar apps must pick up, once the gathering is in calendars.</summary>
    private void Changed()
    {
        if (S.Status == GatheringStatus.Planned)
            S.Sequence++;
    }

    private IGroupGatheringsGrain Index(string groupId) => GrainFactory.GetGrain<IGroupGatheringsGrain>(groupId);
}
