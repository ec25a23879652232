namespace Convening.Grains.Accounts;

/// <summary>The "Convening:Accounts" section: how long links last and how sign-in slows down after failures.</summary>
public sealed class AccountOptions
{
    /// <summary>How long a verification link works; an account not verified by then is forgotten.</summary>
    public TimeSpan VerificationLifetime { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long a password-reset link works.</summary>
    public TimeSpan ResetLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Failed passwords allowed before the account backs off.</summary>
    public int FreeAttempts { get; set; } = 5;

    /// <summary>
    /// The longest an account waits between password checks after repeated failures (the wait
    /// doubles from one second up to this). Kept short, so that someone guessing cannot lock the
    /// owner out for long; the per-network-address rate limits stop the guessing itself.
    /// </summary>
    public TimeSpan LongestBackOff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sessions kept per account; signing in beyond this ends the least recently used.</summary>
    public int MaxSessions { get; set; } = 20;

}
