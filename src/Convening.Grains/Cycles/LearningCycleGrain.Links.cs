using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using static Convening.Grains.Cycles.CycleLinkRules;

namespace Convening.Grains.Cycles;

/// <summary>
/// Links make the system visible: a neighbourhood cycle feeds a place-wide one, or two groups ask
/// the same question. Each link is kept on both cycles. The other cycle records its side before
/// this one does, so a link this cycle acknowledges is already visible from the other side.
/// Linking speaks for both groups: someone who can change both cycles links them at once; anyone
/// else's link is a request that waits, on both cycles, for the other group's convenors or the
/// other cycle's steward to accept or decline, so a stranger cannot attach their cycle to another
/// group's, nor fill its link slots (<see cref="CycleLimits.PendingLinks"/>, one per group). The
/// asked cycle records a request before the asking one, and on acceptance the asking cycle records
/// the link first. What is allowed is decided in <see cref="CycleLinkRules"/>.
/// </summary>
public sealed partial class LearningCycleGrain
{
    public async Task<CycleView> Link(string otherCycleId, CycleRelation relation, string? callerId)
    {
        var editor = await Editor(callerId);
        MayLink(S, otherCycleId);
        var (other, otherGroupId, standing) = await Linkable(otherCycleId, relation, editor.Person.Id, S.GroupId, S.PlaceSlug);
        if (!standing)
        {
            MayAsk(S);
            await other.LinkRequestedFrom(Id, S.GroupId, Inverse(relation), editor.Person);
            S.PendingLinks.Add(new PendingCycleLink(otherCycleId, otherGroupId, relation, editor.Person, clock.UtcNow, Incoming: false));
        }
        else
        {
            await other.LinkedFrom(Id, Inverse(relation), editor.Person);
            S.Links.Add(new CycleLink(otherCycleId, relation, editor.Person, clock.UtcNow));
        }
        await state.Write(this);
        return View(editor);
    }

    public async Task<CycleView> Unlink(string otherCycleId, string? callerId)
    {
        var editor = await Editor(callerId);
        // Either side may drop a link: a group need not keep a link someone else made to it.
        var at = S.Links.FindIndex(l => l.OtherId == otherCycleId);
        if (at < 0 && S.PendingLinks.FindIndex(p => p.OtherId == otherCycleId && !p.Incoming) is var asked and >= 0)
        {
            // Withdrawing a request this cycle made.
            await GrainFactory.GetGrain<ILearningCycleGrain>(otherCycleId).LinkRequestClosed(Id);
            S.PendingLinks.RemoveAt(asked);
            await state.Write(this);
            return View(editor);
        }
        if (at < 0)
            throw ConveningException.NotFound("cycle.link-not-found", "These cycles are not linked.");
        await GrainFactory.GetGrain<ILearningCycleGrain>(otherCycleId).UnlinkedFrom(Id);
        S.Links.RemoveAt(at);
        await state.Write(this);
        return View(editor);
    }

    public async Task LinkedFrom(string otherCycleId, CycleRelation relation, CyclePerson by)
    {
        EnsureExists();
        NotLinked(S, otherCycleId);
        EnsureRoomForLink(S);
        S.Links.Add(new CycleLink(otherCycleId, relation, by, clock.UtcNow));
        await state.Write(this);
    }

    public async Task UnlinkedFrom(string otherCycleId)
    {
        if (S.Links.RemoveAll(l => l.OtherId == otherCycleId) > 0)
            await state.Write(this);
    }

    public async Task LinkRequestedFrom(string otherCycleId, string otherGroupId, CycleRelation relation, CyclePerson by)
    {
        EnsureExists();
        MayBeAsked(S, otherCycleId, otherGroupId);
        S.PendingLinks.Add(new PendingCycleLink(otherCycleId, otherGroupId, relation, by, clock.UtcNow, Incoming: true));
        await state.Write(this);
    }

    public async Task<CycleView> AcceptLink(string otherCycleId, string? callerId)
    {
        var (caller, role) = await Steering(callerId);
        var at = IncomingRequest(S, otherCycleId);
        EnsureRoomForLink(S);
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
        var at = IncomingRequest(S, otherCycleId);
        await GrainFactory.GetGrain<ILearningCycleGrain>(otherCycleId).LinkRequestClosed(Id);
        S.PendingLinks.RemoveAt(at);
        await state.Write(this);
        return View(caller, role);
    }

    public async Task LinkRequestAccepted(string otherCycleId)
    {
        EnsureExists();
        var at = OutgoingRequest(S, otherCycleId);
        EnsureRoomForLink(S);
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

    /// <summary>
    /// The other cycle, if a cycle of <paramref name="groupId"/> may be linked to it, and whether
    /// this person has standing to link it at once (they can change it) or must ask.
    /// </summary>
    private async Task<(ILearningCycleGrain Other, string OtherGroupId, bool Standing)> Linkable(string otherCycleId, CycleRelation relation, string personId, string groupId, string placeSlug)
    {
        CheckTarget(Id, otherCycleId, relation);
        var other = GrainFactory.GetGrain<ILearningCycleGrain>(otherCycleId);
        var summary = await other.GetSummary();
        CheckPlace(summary, relation, groupId, placeSlug);
        var standing = summary.GroupId == groupId
            || await GrainFactory.GetGrain<IGroupGrain>(summary.GroupId).RoleOf(personId) is GroupRole.Member or GroupRole.Convenor;
        return (other, summary.GroupId, standing);
    }
}
