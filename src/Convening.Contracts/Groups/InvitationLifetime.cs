namespace Convening.Contracts.Groups;

public static class InvitationLifetime
{
    /// <summary>How long an invitation can be accepted; after that the convenor invites again.</summary>
    public static readonly TimeSpan Days30 = TimeSpan.FromDays(30);

    public static bool HasExpired(this Invitation invitation, DateTimeOffset now) => invitation.CreatedAt + Days30 <= now;
}
