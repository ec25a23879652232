namespace Convening.Contracts.Groups;

/// <summary>
/// The invitations waiting for one email address, so that an invitee sees them when they
/// sign in, even if they had no account when invited. Keyed by the lower-cased email.
/// </summary>
public interface IInvitationInboxGrain : IGrainWithStringKey
{
    Task Add(Invitation invitation);

    Task Remove(string code);

    Task<IReadOnlyList<Invitation>> List();

    /// <summary>
    /// The address's owner moved their account to <paramref name="newEmail"/> (proved by a link sent
    /// there): each waiting invitation is readdressed by its group and follows them.
    /// </summary>
    Task MoveTo(string newEmail);
}
