namespace Convening.Testing;

/// <summary>The directory moderator every web test host is configured with (Convening:Directory:Moderators:0).</summary>
public static class TestModerator
{
    public const string Setting = "Convening:Directory:Moderators:0";
    public const string Email = "moderator@directory.example.org";
    public const string Name = "Morgan Moderator";
}
