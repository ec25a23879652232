using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.Places;

/// <summary>
/// Stewardship: stewards appoint and remove stewards, and decide on the groups people ask to
/// convene here. The group grain holds a group's standing; the place lists approved groups and
/// keeps the requests, and tells the group before it records a decision.
/// </summary>
public sealed partial class PlaceGrain
{
    public async Task MarkStewards()
    {
        if (!S.Exists)
            return;
        foreach (var id in S.StewardIds)
            await GrainFactory.GetGrain<IPersonGrain>(id).SetStewardship(Slug, true);
    }

    public Task<GroupStanding> StandingForNewGroup(string convenorId)
    {
        EnsureExists();
        if (S.StewardIds.Contains(convenorId))
            return Task.FromResult(GroupStanding.Approved);
        EnsureRoomForRequest();
        return Task.FromResult(GroupStanding.Requested);
    }

    public async Task<GroupStanding> RequestGroup(GroupSummary group, string convenorId)
    {
        EnsureExists();
        var card = await GrainFactory.GetGrain<IPersonGrain>(convenorId).GetCard();
        if (S.StewardIds.Contains(convenorId) || S.Groups.Exists(g => g.Id == group.Id))
        {
            ListGroup(group with { Standing = GroupStanding.Approved });
        }
        else
        {
            // No limit here: the group asked StandingForNewGroup before it was stored, and a stored
            // group refused now would be in no list at all. Told again, the request keeps its place.
            var at = S.Requests.FindIndex(r => r.Group.Id == group.Id);
            var request = new GroupRequest(group with { Standing = GroupStanding.Requested }, convenorId, card.DisplayName, at < 0 ? clock.UtcNow : S.Requests[at].RequestedAt);
            if (at < 0)
                S.Requests.Add(request);
            else
                S.Requests[at] = request;
        }
        await state.Write(this);
        await PublishSummary();
        return S.Groups.Exists(g => g.Id == group.Id) ? GroupStanding.Approved : GroupStanding.Requested;
    }

    public async Task<PlaceView> AppointSteward(string personId, string? callerId)
    {
        RequireSteward(callerId);
        if (string.IsNullOrWhiteSpace(personId))
            throw ConveningException.NotFound("person.not-found", "Choose someone to appoint.");
        if (S.StewardIds.Contains(personId))
            throw ConveningException.Conflict("place.already-steward", "That person is already a steward here.");
        if (S.StewardIds.Count >= Limits.StewardsPerPlace)
            throw new ConveningException("place.too-many-stewards", $"A place can have at most {Limits.StewardsPerPlace} stewards.");
        var card = await GrainFactory.GetGrain<IPersonGrain>(personId).GetCard();
        await GrainFactory.GetGrain<IPersonGrain>(personId).SetStewardship(Slug, true);
        S.StewardIds.Add(personId);
        S.Stewards[personId] = Steward(card);
        await state.Write(this);
        return View();
    }

    public async Task<PlaceView> RemoveSteward(string personId, string? callerId)
    {
        RequireSteward(callerId);
        if (!S.StewardIds.Contains(personId))
            throw ConveningException.NotFound("place.steward-not-found", "That person is not a steward here.");
        if (S.StewardIds.Count == 1)
            throw ConveningException.Conflict("place.last-steward", $"{S.Name} needs at least one steward. Appoint someone else before removing the last one.");
        S.StewardIds.Remove(personId);
        S.Stewards.Remove(personId);
        await state.Write(this);
        await GrainFactory.GetGrain<IPersonGrain>(personId).SetStewardship(Slug, false);
        return View();
    }

    public async Task<IReadOnlyList<PlaceSteward>> StewardCandidates(string? callerId)
    {
        RequireSteward(callerId);
        var lists = await Task.WhenAll(S.Groups.Select(g => GrainFactory.GetGrain<IGroupGrain>(g.Id).MemberNames()));
        return [.. lists.SelectMany(l => l).Where(p => !S.StewardIds.Contains(p.Id)).DistinctBy(p => p.Id)
            .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).Take(Limits.StewardCandidatesShown)];
    }

    public Task<IReadOnlyList<GroupRequest>> Requests(string? callerId)
    {
        RequireSteward(callerId);
        return Task.FromResult<IReadOnlyList<GroupRequest>>([.. S.Requests]);
    }

    public async Task<PlaceView> ApproveGroup(string groupId, string? callerId)
    {
        var steward = RequireSteward(callerId);
        var request = FindRequest(groupId);
        var summary = await GrainFactory.GetGrain<IGroupGrain>(groupId).SetStanding(GroupStanding.Approved, steward);
        S.Requests.Remove(request);
        ListGroup(summary);
        await state.Write(this);
        await PublishSummary();
        return View();
    }

    public async Task<PlaceView> DeclineGroup(string groupId, string? callerId)
    {
        var steward = RequireSteward(callerId);
        var request = FindRequest(groupId);
        await GrainFactory.GetGrain<IGroupGrain>(groupId).SetStanding(GroupStanding.Declined, steward);
        S.Requests.Remove(request);
        await state.Write(this);
        return View();
    }

    private void EnsureRoomForRequest()
    {
        if (S.Requests.Count >= Limits.PendingGroupRequests)
            throw new ConveningException("place.too-many-requests", $"{S.Name} has too many groups waiting for its stewards. Try again once they have caught up.");
    }

    private void ListGroup(GroupSummary group)
    {
        S.Groups.RemoveAll(g => g.Id == group.Id);
        S.Groups.Add(group);
        S.Groups.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
    }

    private GroupRequest FindRequest(string groupId) =>
        S.Requests.Find(r => r.Group.Id == groupId)
            ?? throw ConveningException.NotFound("place.request-not-found", "That group is not waiting for approval here; another steward may have decided already.");

    private string RequireSteward(string? callerId)
    {
        var caller = Caller.Required(callerId);
        AccessPolicy.Steward(View(), caller);
        return caller;
    }

    private static PlaceSteward Steward(PersonCard card) => new(card.Id, card.DisplayName, card.Organisation);
}
