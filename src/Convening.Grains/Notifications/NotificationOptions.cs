namespace Convening.Grains.Notifications;

/// <summary>The "Convening:Notifications" section: when digests go and how often the schedule is checked.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Convening:Notifications";

    /// <summary>The time of day (UTC) the daily digest is sent.</summary>
    public TimeOnly DigestAt { get; set; } = new(7, 0);

    /// <summary>
    /// How often a person's reminder checks for what is due (a digest, an action due tomorrow,
    /// mail held back by coalescing) while they have any. Orleans' minimum reminder period applies.
    /// </summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// After an email of one kind, more of that kind within this window are gathered into one email
    /// at its end, so a burst of mentions is one or two emails, not a thousand.
    /// </summary>
    public TimeSpan CoalesceWindow { get; set; } = TimeSpan.FromMinutes(10);
}
