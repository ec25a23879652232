namespace Convening.Contracts.Notifications;

public static class NotificationLimits
{
    /// <summary>A person's centre keeps this many; older ones drop off the end.</summary>
    public const int Kept = 200;

    /// <summary>Keys remembered for idempotence; beyond the kept notifications, so a late retry still finds its key.</summary>
    public const int KeysRemembered = 2_000;

    /// <summary>The most a page lists.</summary>
    public const int PageSize = 50;

    /// <summary>A digest lists this many; the rest are counted ("and 12 more").</summary>
    public const int DigestLines = 30;

    /// <summary>A piece of text tells at most this many people it mentions; more mentions are ignored.</summary>
    public const int MentionsPerText = 20;

    /// <summary>How long a web host's watch on a person's count lasts without renewal.</summary>
    public static readonly TimeSpan ObserverLifetime = TimeSpan.FromMinutes(5);
}
