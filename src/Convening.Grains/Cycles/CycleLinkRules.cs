using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// Whether two cycles may be linked, or a link asked, decided against this cycle as it is and the
/// other cycle's summary (no storage, no other grain); the grain asks the other cycle and its group,
/// then stores the answer. Each throws the refusal with its stable code.
/// </summary>
internal static class CycleLinkRules
{
    public const string AlreadyRequested = "cycle.link-already-requested";
    public const string TooManyRequests = "cycle.too-many-link-requests";
    public const string RequestNotFound = "cycle.link-request-not-found";

    /// <summary>A link this cycle makes, or asks for: not one it has or has asked already, with room for it.</summary>
    public static void MayLink(CycleState cycle, string otherCycleId)
    {
        NotLinked(cycle, otherCycleId);
        if (cycle.PendingLinks.Any(p => p.OtherId == otherCycleId))
            throw ConveningException.Conflict(AlreadyRequested, "A link between these cycles is already waiting for an answer.");
        EnsureRoomForLink(cycle);
    }

    public static void NotLinked(CycleState cycle, string otherCycleId)
    {
        if (cycle.Links.Any(l => l.OtherId == otherCycleId))
            throw ConveningException.Conflict("cycle.already-linked", "These cycles are already linked.");
    }

    public static void EnsureRoomForLink(CycleState cycle)
    {
        if (cycle.Links.Count >= CycleLimits.Links)
            throw new ConveningException("cycle.too-many-links", $"A cycle can have at most {CycleLimits.Links} links.");
    }

    /// <summary>The other cycle's id and the relation are ones a link can have, before the other cycle is asked.</summary>
    public static void CheckTarget(string cycleId, string otherCycleId, CycleRelation relation)
    {
        if (!Enum.IsDefined(relation))
            throw new ConveningException("cycle.bad-relation", "A link is feeds, fed by or sibling.");
        if (otherCycleId == cycleId)
            throw new ConveningException("cycle.link-self", "A cycle cannot be linked to itself.");
        if (!Guid.TryParseExact(otherCycleId, "N", out _))
            throw ConveningException.NotFound("cycle.not-found", "There is no such learning cycle to link to.");
    }

    /// <summary>Feeding crosses no place's border; a sibling is in another group.</summary>
    public static void CheckPlace(CycleSummary other, CycleRelation relation, string groupId, string placeSlug)
    {
        if (relation != CycleRelation.Sibling && other.PlaceSlug != placeSlug)
            throw new ConveningException("cycle.link-other-place", "A cycle can only feed, or be fed by, a cycle in the same place. Link cycles in other places as siblings.");
        if (relation == CycleRelation.Sibling && other.GroupId == groupId)
            throw new ConveningException("cycle.sibling-same-group", "A sibling cycle is one in another group.");
    }

    /// <summary>A request this cycle is about to make, with room among those it waits on.</summary>
    public static void MayAsk(CycleState cycle)
    {
        if (cycle.PendingLinks.Count(p => !p.Incoming) >= CycleLimits.PendingLinks)
            throw new ConveningException(TooManyRequests, $"A cycle can have at most {CycleLimits.PendingLinks} link requests waiting for an answer. Withdraw one first.");
    }

    /// <summary>A request another group's cycle makes of this one: one per group, with room for it.</summary>
    public static void MayBeAsked(CycleState cycle, string otherCycleId, string otherGroupId)
    {
        NotLinked(cycle, otherCycleId);
        if (cycle.PendingLinks.Any(p => p.OtherId == otherCycleId || (p.Incoming && p.OtherGroupId == otherGroupId)))
            throw ConveningException.Conflict(AlreadyRequested, "Your group already has a link waiting for an answer from that cycle's group.");
        if (cycle.PendingLinks.Count(p => p.Incoming) >= CycleLimits.PendingLinks)
            throw new ConveningException(TooManyRequests, "That cycle has as many link requests waiting as it can hold. Try again once its group has answered them.");
    }

    public static int IncomingRequest(CycleState cycle, string otherCycleId) =>
        cycle.PendingLinks.FindIndex(p => p.OtherId == otherCycleId && p.Incoming) is var at and >= 0
            ? at
            : throw ConveningException.NotFound(RequestNotFound, "No link to that cycle is waiting for an answer here.");

    public static int OutgoingRequest(CycleState cycle, string otherCycleId) =>
        cycle.PendingLinks.FindIndex(p => p.OtherId == otherCycleId && !p.Incoming) is var at and >= 0
            ? at
            : throw ConveningException.NotFound(RequestNotFound, "That link request has been withdrawn.");

    public static CycleRelation Inverse(CycleRelation relation) => relation switch
    {
        CycleRelation.Feeds => CycleRelation.FedBy,
        CycleRelation.FedBy => CycleRelation.Feeds,
        _ => CycleRelation.Sibling,
    };
}
