using Convening.Contracts.Groups;
using Convening.Contracts.Mail;
using Convening.Web.Edge;
using Convening.Web.Mail;

namespace Convening.Web.Groups;

/// <summary>
/// The invitation email, sent when a convenor invites someone (page or API): who invited them, to
/// which group and role, and the link to accept. Nothing else about the group or its members.
/// </summary>
public static class InvitationMail
{
    /// <summary>The address of an invitation, built from the public origin.</summary>
    public static string Link(HttpContext http, string code) => http.Absolute($"/invitations/{Uri.EscapeDataString(code)}");

    /// <summary>Queues the invitation email; it is in the durable outbox when this returns.</summary>
    public static Task Send(HttpContext http, Invitation invitation) =>
        http.RequestServices.GetRequiredService<MailQueue>().Queue(new EmailMessage(MessageId(invitation.Code), invitation.Email,
            $"{invitation.InvitedBy} invited you to join {invitation.GroupName} on Convening",
            $"""
            {invitation.InvitedBy} invited you to join {invitation.GroupName} on Convening, as {Roles.WithArticle(invitation.Role)}.

            To accept, open this link within {InvitationLifetime.Days30.Days} days:

            {Link(http, invitation.Code)}

            You will be asked to sign in, or to create an account with this email address ({invitation.Email}) and confirm it.

            If you were not expecting this, you do not need to do anything: the invitation will lapse.
            """));

    /// <summary>One id per invitation (a hash of its code, which is not recoverable from it), so a retried invite is emailed once.</summary>
    private static Guid MessageId(string code) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("invitation/" + code)).AsSpan(0, 16));
}
