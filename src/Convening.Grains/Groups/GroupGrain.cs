using Microsoft.Extensions.Logging;
using Orleans.Utilities;
using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.Groups;

public sealed partial class GroupGrain(
    [PersistentState("group", StorageNames.Main)] IPersistentState<GroupState> state,
    ILogger<GroupGrain> logger,
    GrainClock clock)
    : Grain, IGroupGrain, IRemindable, IRepairsFollowUps
{
    private readonly ObserverManager<IGroupObserver> _observers = new(BoardLimits.ObserverLifetime, logger);

    private GroupState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private DateTimeOffset Now => clock.UtcNow;

    /// <summary>Who may do what, and what may be made, against the group as it is now (<see cref="GroupDecisions"/>).</summary>
    private GroupDecisions Decide() => new(S, Now);

    public async Task<GroupSummary> Convene(ConveneGroup command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (!Guid.TryParseExact(Id, "N", out _))
            throw new ConveningException("group.bad-id", "A group id is 32 hexadecimal characters.");
        if (S.Exists && command.RequestId is not null && S.Members.TryGetValue(caller, out var first) && first.Role == GroupRole.Convenor)
        {
            // The id came from this person's request id (RequestIds.NewId): a retry after a lost answer.
            await TellPlaceAndConvenor(caller);
            return Summary();
        }
        if (S.Exists)
            throw ConveningException.Conflict("group.exists", "That group has already been convened.");
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        var purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        var place = GrainFactory.GetGrain<IPlaceGrain>(Check.Slug(command.PlaceSlug));
        var slug = (await place.Get()).Slug;
        // The place is asked first, and told once the group is stored: the group's one write is the commit.
        var standing = await place.StandingForNewGroup(caller);
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();

        S.Exists = true;
        S.PlaceSlug = slug;
        S.Name = name;
        S.Purpose = purpose;
        S.CreatedAt = Now;
        S.Members[caller] = new MemberState { Card = card, Role = GroupRole.Convenor, JoinedAt = S.CreatedAt };
        (S.Standing, S.DecidedBy) = (standing, standing == GroupStanding.Approved ? caller : null);
        await state.Write(this);
        await TellPlaceAndConvenor(caller);
        return Summary();
    }

    /// <summary>What convening tells others once the group is stored; told again by a retry (a declined group asks no more).</summary>
    private Task TellPlaceAndConvenor(string convenorId) => this.Run(logger, "telling the place and the convenor about the new group", [
        () => TellPlace(convenorId),
        () => TellMember(convenorId)]);

    private Task TellPlace(string convenorId) =>
        S.Standing == GroupStanding.Declined ? Task.CompletedTask : GrainFactory.GetGrain<IPlaceGrain>(S.PlaceSlug).RequestGroup(Summary(), convenorId);

    /// <summary>The place's request or listing (asked for by the first convenor) and every member's membership, told again.</summary>
    public async Task RepairFollowUps()
    {
        if (!S.Exists)
            return;
        var first = S.Members.Where(m => m.Value.Role == GroupRole.Convenor).OrderBy(m => m.Value.JoinedAt).Select(m => m.Key).FirstOrDefault();
        if (first is not null)
            await TellPlace(first);
        await Task.WhenAll(S.Members.Keys.Select(TellMember));
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    public Task<GroupSummary> GetSummary()
    {
        Decide().EnsureExists();
        return Task.FromResult(Summary());
    }

    public Task<GroupDetails> GetDetails(string? callerId)
    {
        var decide = Decide();
        var me = decide.Member(callerId);
        return Task.FromResult(decide.Details(Summary(), me));
    }

    public async Task<GroupSummary> Update(UpdateGroup command, string? callerId)
    {
        Decide().Convenor(callerId);
        S.Name = Check.Text(command.Name, "name", Limits.NameLength);
        S.Purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        await state.Write(this);
        await Task.WhenAll(S.Members.Keys.Select(TellMember).Append(PublishSummary()));
        return Summary();
    }

    public async Task<GroupSummary> SetStanding(GroupStanding standing, string stewardId)
    {
        Decide().EnsureExists();
        (S.Standing, S.DecidedBy) = (standing, stewardId);
        await state.Write(this);
        return Summary();
    }

    public Task<(GroupStanding Standing, string? DecidedBy)> StandingOf()
    {
        Decide().EnsureExists();
        return Task.FromResult((S.Standing, S.DecidedBy));
    }

    public Task<GroupRole?> RoleOf(string personId)
    {
        Decide().EnsureExists();
        return Task.FromResult<GroupRole?>(S.Members.TryGetValue(personId, out var member) ? member.Role : null);
    }

    private GroupSummary Summary() => new(Id, S.Name, S.Purpose, S.PlaceSlug, S.Members.Count, S.Standing);

    private Task PublishSummary() => GrainFactory.GetGrain<IPlaceGrain>(S.PlaceSlug).UpsertGroup(Summary());

    private Task TellMember(string personId) =>
        GrainFactory.GetGrain<IPersonGrain>(personId)
            .SetMembership(new Membership(Id, S.Name, S.PlaceSlug, S.Members[personId].Role));
}
