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

    /// <summary>
    /// Who must use two-step sign-in before they can do anything but set it up: "Moderators, Stewards"
    /// (the default: directory moderators and place stewards), one of them, or "None".
    /// </summary>
    public SecondFactorRoles RequireSecondFactorFor { get; set; } = SecondFactorRoles.Moderators | SecondFactorRoles.Stewards;
}

/// <summary>The powers that can require a second factor.</summary>
[Flags]
public enum SecondFactorRoles
{
    None = 0,
    Moderators = 1,
    Stewards = 2,
}
