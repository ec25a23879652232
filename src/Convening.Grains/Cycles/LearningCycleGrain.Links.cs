using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;

namespace Convening.Grains.Cycles;

/// <summary>
/// Links make the system visible: a neighbourhood cycle feeds a place-wide one, or two groups ask
/// the same question. Each link is kept on both cycles. The other cycle records its side before
/// this one does, so a link this cycle acknowledges is already visible from the other side.
/// Linking speaks for both groups: someone who can change both cycles links them at once; anyone
/// else's link is a request that waits, on both cycles, for the other group's convenors or the
/// other cycle's steward to accept or decline, so a stranger cannot attach their cycle to another
/// group's, nor fill its link slots (<see cref="CycleLimits.PendingLinks"/>, one per group).
/// </summary>
public sealed partial class LearningCycleGrain
{
    public async Task<CycleView> Link(string otherCycleId, CycleRelation relation, string? callerId)
    {
        var editor = await Editor(callerId);
        if (S.Links.Any(l => l.OtherId == otherCycleId))
            throw ConveningException.Conflict("cycle.already-linked", "These cycles are already linked.");
        if (S.PendingLinks.Any(p => p.OtherId == otherCycleId))
            throw ConveningException.Conflict(AlreadyRequested, "A link between these cycles is already waiting for an answer.");
        EnsureRoomForLink();
        var (other, otherGroupId, standing) = await Linkable(otherCycleId, relation, editor.Person.Id, S.GroupId, S.PlaceSlug);
        if (!standing)
            return await RequestLink(other, otherCycleId, otherGroupId, relation, editor);

        await other.LinkedFrom(Id, Inverse(relation), editor.Person);
        S.Links.Add(new CycleLink(otherCycleId, relation, editor.Person, clock.UtcNow));
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
        if (S.Links.Any(l => l.OtherId == otherCycleId))
            throw ConveningException.Conflict("cycle.already-linked", "These cycles are already linked.");
        EnsureRoomForLink();
        S.Links.Add(new CycleLink(otherCycleId, relation, by, clock.UtcNow));
        await state.Write(this);
    }

    public async Task UnlinkedFrom(string otherCycleId)
    {
        if (S.Links.RemoveAll(l => l.OtherId == otherCycleId) > 0)
            await state.Write(this);
    }

    /// <summary>
    /// The other cycle, if a cycle of <paramref name="groupId"/> may be linked to it, and whether
    /// this person has standing to link it at once (they can change it) or must ask.
    /// </summary>
    private async Task<(ILearningCycleGrain Other, string OtherGroupId, bool Standing)> Linkable(string otherCycleId, CycleRelation relation, string personId, string groupId, string placeSlug)
    {
        if (!Enum.IsDefined(relation))
            throw new ConveningException("cycle.bad-relation", "A link is feeds, fed by or sibling.");
        if (otherCycleId == Id)
            throw new ConveningException("cycle.link-self", "A cycle cannot be linked to itself.");
        if (!Guid.TryParseExact(otherCycleId, "N", out _))
            throw ConveningException.NotFound("cycle.not-found", "There is no such learning cycle to link to.");
        var other = GrainFactory.GetGrain<ILearningCycleGrain>(otherCycleId);
        var summary = await other.GetSummary();
        if (relation != CycleRelation.Sibling && summary.PlaceSlug != placeSlug)
            throw new ConveningException("cycle.link-other-place", "A cycle can only feed, or be fed by, a cycle in the same place. Link cycles in other places as siblings.");
        if (relation == CycleRelation.Sibling && summary.GroupId == groupId)
            throw new ConveningException("cycle.sibling-same-group", "A sibling cycle is one in another group.");
        var standing = summary.GroupId == groupId
            || await GrainFactory.GetGrain<IGroupGrain>(summary.GroupId).RoleOf(personId) is GroupRole.Member or GroupRole.Convenor;
        return (other, summary.GroupId, standing);
    }

    private void EnsureRoomForLink()
    {
        if (S.Links.Count >= CycleLimits.Links)
            throw new ConveningException("cycle.too-many-links", $"A cycle can have at most {CycleLimits.Links} links.");
    }

    private static CycleRelation Inverse(CycleRelation relation) => relation switch
    {
        CycleRelation.Feeds => CycleRelation.FedBy,
        CycleRelation.FedBy => CycleRelation.Feeds,
        _ => CycleRelation.Sibling,
    };
}
