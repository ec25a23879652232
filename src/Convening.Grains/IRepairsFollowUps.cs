namespace Convening.Grains;

/// <summary>
/// A grain that can tell every follow-up again from what it has stored (each one an upsert, so
/// telling twice changes nothing). When one of its follow-ups fails, <see cref="FollowUps"/> also
/// sets a reminder, kept in the store with the grain state, so the follow-up is repaired even if
/// the silo stops before the in-memory retries succeed. The grain's <c>ReceiveReminder</c> calls
/// <see cref="FollowUps.Repair"/>.
/// </summary>
public interface IRepairsFollowUps
{
    /// <summary>Tells every follow-up again; throws when one still fails (the reminder then stays).</summary>
    Task RepairFollowUps();
}
