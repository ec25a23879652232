namespace Convening.Contracts.Gatherings;

/// <summary>
/// A person's private calendar feed address. The token in it ("{personId}.{secret}") is all a
/// calendar app has, so it is unguessable; resetting it makes the old address answer "not found".
/// Keyed by the person's id.
/// </summary>
public interface ICalendarFeedGrain : IGrainWithStringKey
{
    /// <summary>The current token, or null if the person has not asked for a feed; the person only.</summary>
    Task<string?> GetToken(string? callerId);

    /// <summary>Makes a new token, retiring the old one; the person only.</summary>
    Task<string> Reset(string? callerId);

    /// <summary>Whether <paramref name="token"/> is this person's current token.</summary>
    Task<bool> Accepts(string token);
}
