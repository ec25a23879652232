using Convening.Contracts.People;

namespace Convening.Contracts.Gatherings;

/// <summary>
/// A group's gatherings (kept up to date by each gathering grain) and the working hours of the
/// agencies its members come from, which the scheduler plans within. Keyed by the group's id.
/// </summary>
public interface IGroupGatheringsGrain : IGrainWithStringKey
{
    /// <summary>Called by a gathering grain after each change it has saved.</summary>
    Task Upsert(GatheringSummary summary);

    /// <summary>
    /// Called by the group grain when someone starts or stops being invited to the group's gatherings
    /// (joins as a member or convenor, leaves, is removed, or moves to or from observer): each planned
    /// gathering still ahead sends them its invitation, or takes itself out of their calendar.
    /// </summary>
    Task TellCalendars(string personId, bool invited);

    /// <summary>Called by a gathering grain when its draft is discarded.</summary>
    Task Remove(string gatheringId);

    /// <summary>
    /// When the group is meeting between two instants (planned gatherings only), so the time-finder can treat those
    /// times as busy for its members. Only times and ids: called by gathering grains, never shown.
    /// </summary>
    Task<IReadOnlyList<BusyTime>> Busy(DateTimeOffset from, DateTimeOffset to);

    /// <summary>Whether the group may plan another gathering.</summary>
    Task<bool> HasRoom();

    /// <summary>An action not yet done, kept for the convenors' list of overdue actions; gathering grains keep it in step.</summary>
    Task UpsertAction(GroupAction action);

    /// <summary>The action is done (or gone): it leaves the convenors' list.</summary>
    Task RemoveAction(string actionId);

    /// <summary>Actions not done whose due date is before today (the grains' clock), longest overdue first; the group's convenors only.</summary>
    Task<IReadOnlyList<GroupAction>> Overdue(string? callerId);

    /// <summary>
    /// Upcoming gatherings (drafts first, then soonest) or past ones (most recent first), a page at
    /// a time; members only.
    /// </summary>
    Task<Page<GatheringSummary>> List(bool past, int first, string? after, string? callerId);

    /// <summary>The group's next gathering: the soonest planned one that has not yet started; null when none is planned. Members only.</summary>
    Task<GatheringSummary?> Next(string? callerId);

    /// <summary>Scheduled and cancelled gatherings from the last few months on, for a member's calendar feed.</summary>
    Task<IReadOnlyList<GatheringSummary>> ForCalendar(string personId);

    Task<IReadOnlyList<AgencyHours>> GetAgencyHours(string? callerId);

    /// <summary>Sets one agency's hours (replacing any it had); members and convenors, not observers.</summary>
    Task<IReadOnlyList<AgencyHours>> SetAgencyHours(AgencyHours hours, string? callerId);

    Task<IReadOnlyList<AgencyHours>> RemoveAgencyHours(string organisation, string? callerId);
}

/// <summary>
/// When an agency works, e.g. a council's 08:30–17:00 Monday to Friday. Members whose organisation
/// has the same name (ignoring case) are only suggested times inside these hours.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.agency-hours")]
public sealed record AgencyHours(
    [property: Id(0)] string Organisation,
    [property: Id(1)] Availability Hours);

/// <summary>A gathering's time, as the time-finder needs it to avoid double-booking.</summary>
[GenerateSerializer, Immutable, Alias("convening.busy-time")]
public sealed record BusyTime(
    [property: Id(0)] string GatheringId,
    [property: Id(1)] DateTimeOffset Start,
    [property: Id(2)] DateTimeOffset End);

/// <summary>An open action of one of a group's gatherings, with its owner, for the convenors.</summary>
[GenerateSerializer, Immutable, Alias("convening.group-action")]
public sealed record GroupAction(
    [property: Id(0)] string ActionId,
    [property: Id(1)] string Text,
    [property: Id(2)] DateOnly Due,
    [property: Id(3)] string GatheringId,
    [property: Id(4)] string GatheringTitle,
    [property: Id(5)] PersonRef Owner);
