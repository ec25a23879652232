namespace Convening.Web.Identity;

/// <summary>The web host's part of "Convening:Accounts" (the grains' part is AccountOptions).</summary>
public sealed class AccountsSettings
{
    public const string Section = "Convening:Accounts";

    /// <summary>How long a bearer token from signIn works (it also stops when its session is signed out).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// Sign-in, registration and reset attempts one network address may make a minute, across all
    /// accounts, connections and requests (a token bucket, per web host).
    /// </summary>
    public int AttemptsPerMinutePerAddress { get; set; } = 30;
}
