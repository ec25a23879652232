namespace Convening.Testing;

/// <summary>
/// The directory moderator test hosts are configured with (Convening:Directory:Moderators:0). The
/// in-process web hosts each have an address of their own (<see cref="NewEmail"/>): hosts starting at
/// once would otherwise each take the other's confirmation email from the one SMTP server.
/// </summary>
public static class TestModerator
{
    public const string Setting = "Convening:Directory:Moderators:0";
    public const string Email = "moderator@directory.example.org";
    public const string Name = "Morgan Moderator";

    public static string NewEmail() => $"moderator-{Guid.NewGuid():N}@directory.example.org";
}
