using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// A link asked of another group's cycle waits on both cycles until that group answers. The asked
/// cycle records the request before the asking one, and on acceptance the asking cycle records the
/// link first, as <see cref="Link"/> does, so neither side ever shows a link the other lacks.
/// </summary>
public sealed partial class LearningCycleGrain
{
    private const string AlreadyRequested = "cycle.link-already-requested";

    private async Task<CycleView> RequestLink(ILearningCycleGrain other, string otherCycleId, string otherGroupId, CycleRelation relation, Editing editor)
    {
        if (S.PendingLinks.Count(p => !p.Incoming) >= CycleLimits.PendingLinks)
            throw new ConveningException(TooManyRequests, $"A cycle can have at most {CycleLimits.PendingLinks} link requests waiting for an answer. Withdraw one first.");
        await other.LinkRequestedFrom(Id, S.GroupId, Inverse(relation), editor.Person);
        S.PendingLinks.Add(new PendingCycleLink(otherCycleId, otherGroupId, relation, editor.Person, clock.UtcNow, Incoming: false));
        await state.Write(this);
        return View(editor);
    }

    public async Task LinkRequestedFrom(string otherCycleId, string otherGroupId, CycleRelation relation, CyclePerson by)
    {
        EnsureExists();
        if (S.Links.Any(l => l.OtherId == otherCycleId))
            throw ConveningException.Conflict("cycle.already-linked", "These cycles are already linked.");
        if (S.PendingLinks.Any(p => p.OtherId == otherCycleId || (p.Incoming && p.OtherGroupId == otherGroupId)))
            throw ConveningException.Conflict(AlreadyRequested, "Your group already has a link waiting for an answer from that cycle's group.");
        if (S.PendingLinks.Count(p => p.Incoming) >= CycleLimits.PendingLinks)
            throw new ConveningException(TooManyRequests, "That cycle has as many link requests waiting as it can hold. Try again once its group has answered them.");
        S.PendingLinks.Add(new PendingCycleLink(otherCycleId, otherGroupId, relation, by, clock.UtcNow, Incoming: true));
        await state.Write(this);
    }

    public async Task<CycleView> AcceptLink(string otherCycleId, string? callerId)
    {
        var (caller, role) = await Steering(callerId);
        var at = IncomingRequest(otherCycleId);
        EnsureRoomForLink();
        var request = S.PendingLinks[at];
        await GrainFactory.GetGrain<ILearningCycleGrain>(otherCycleId).LinkRequestAccepted(Id);
        S.PendingLinks.RemoveAt(at);
        S.Links.Add(new CycleLink(otherCycleId, request.Relation, request.RequestedBy, clock.UtcNow));
        await state.Write(this);
        return View(caller, role);
    }

    public async Task<CycleView> DeclineLink(string otherCycleId, string? callerId)
    {
        var (caller, role) = await Steering(callerId);
        var at = IncomingRequest(otherCycleId);
        await GrainFactory.GetGrain<ILearningCycleGrain>(otherCycleId).LinkRequestClosed(Id);
        S.PendingLinks.RemoveAt(at);
        await state.Write(this);
        return View(caller, role);
    }

    public async Task LinkRequestAccepted(string otherCycleId)
    {
        EnsureExists();
        var at = S.PendingLinks.FindIndex(p => p.OtherId == otherCycleId && !p.Incoming);
        if (at < 0)
            throw ConveningException.NotFound(RequestNotFound, "That link request has been withdrawn.");
        EnsureRoomForLink();
        var request = S.PendingLinks[at];
        S.PendingLinks.RemoveAt(at);
        S.Links.Add(new CycleLink(otherCycleId, request.Relation, request.RequestedBy, clock.UtcNow));
        await state.Write(this);
    }

    public async Task LinkRequestClosed(string otherCycleId)
    {
        if (S.PendingLinks.RemoveAll(p => p.OtherId == otherCycleId) > 0)
            await state.Write(this);
    }

    private const string TooManyRequests = "cycle.too-many-link-requests";
    private const string RequestNotFound = "cycle.link-request-not-found";

    /// <summary>The caller, if they may answer links asked of this cycle (<see cref="AccessPolicy.Steer"/>).</summary>
    private async Task<(string Caller, Contracts.Groups.GroupRole Role)> Steering(string? callerId)
    {
        var (caller, role) = await Access(callerId);
        AccessPolicy.Steer(role, caller == S.Steward.Id);
        return (caller, role);
    }

    private int IncomingRequest(string otherCycleId) =>
        S.PendingLinks.FindIndex(p => p.OtherId == otherCycleId && p.Incoming) is var at and >= 0
            ? at
            : throw ConveningException.NotFound(RequestNotFound, "No link to that cycle is waiting for an answer here.");
}
