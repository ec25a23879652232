using Convening.Contracts.Accounts;

namespace Convening.Grains.Accounts;

[GenerateSerializer, Alias("convening.account-state")]
public sealed class AccountState
{
    [Id(0)] public bool Exists { get; set; }
    /// <summary>Empty until the address is verified: the person is created then.</summary>
    [Id(1)] public string PersonId { get; set; } = "";
    /// <summary>PBKDF2 hash; empty for external-only accounts.</summary>
    [Id(2)] public string PasswordHash { get; set; } = "";
    [Id(3)] public int FailedAttempts { get; set; }
    /// <summary>Per-account back-off: no password is checked before this.</summary>
    [Id(4)] public DateTimeOffset NextAttemptAt { get; set; }
    [Id(5)] public bool Verified { get; set; }
    [Id(6)] public string DisplayName { get; set; } = "";
    [Id(7)] public DateTimeOffset RegisteredAt { get; set; }
    /// <summary>Single-use links by purpose ("verify", "reset", "change-email"): the hash of the secret and when it expires.</summary>
    [Id(8)] public Dictionary<string, PendingLink> Links { get; set; } = [];
    [Id(9)] public List<SessionState> Sessions { get; set; } = [];
    [Id(10)] public string TotpSecret { get; set; } = "";
    [Id(11)] public bool TotpOn { get; set; }
    /// <summary>The last TOTP time step accepted, so a code is never accepted twice.</summary>
    [Id(12)] public long LastTotpStep { get; set; }
    [Id(13)] public List<string> RecoveryCodeHashes { get; set; } = [];
    /// <summary>The address a change was asked for, in force only once its link is followed.</summary>
    [Id(14)] public string PendingEmail { get; set; } = "";
    [Id(15)] public List<PasskeyState> Passkeys { get; set; } = [];
    /// <summary>The creation options of a passkey being added (WebAuthn JSON, holding the challenge), its site and when it lapses.</summary>
    [Id(16)] public string PasskeyOptions { get; set; } = "";
    [Id(17)] public string PasskeyOrigin { get; set; } = "";
    [Id(18)] public DateTimeOffset PasskeyOptionsExpireAt { get; set; }
}

[GenerateSerializer, Alias("convening.passkey-state")]
public sealed class PasskeyState
{
    /// <summary>The credential id, base64url.</summary>
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Name { get; set; } = "";
    /// <summary>The COSE public key the authenticator signs with.</summary>
    [Id(2)] public byte[] PublicKey { get; set; } = [];
    /// <summary>The highest signature counter seen: an assertion at or below it comes from a copy of the key.</summary>
    [Id(3)] public uint SignCount { get; set; }
    [Id(4)] public DateTimeOffset CreatedAt { get; set; }
    [Id(5)] public DateTimeOffset? LastUsedAt { get; set; }

    public PasskeyView View() => new(Id, Name, CreatedAt, LastUsedAt);
}

[GenerateSerializer, Alias("convening.pending-link")]
public sealed class PendingLink
{
    [Id(0)] public string SecretHash { get; set; } = "";
    [Id(1)] public DateTimeOffset ExpiresAt { get; set; }
}

[GenerateSerializer, Alias("convening.session-state")]
public sealed class SessionState
{
    [Id(0)] public string Id { get; set; } = "";
    [Id(1)] public string Device { get; set; } = "";
    [Id(2)] public DateTimeOffset SignedInAt { get; set; }
    [Id(3)] public DateTimeOffset LastUsedAt { get; set; }

    public SessionView View() => new(Id, Device, SignedInAt, LastUsedAt);
}
