using Convening.Contracts;

namespace Convening.Web.Groups;

/// <summary>An invitation code is "{groupId}.{secret}"; the group grain checks the secret.</summary>
public static class InvitationCode
{
    public static string GroupId(string code)
    {
        var dot = code.IndexOf('.');
        return dot == 32 && Guid.TryParseExact(code[..dot], "N", out _)
            ? code[..dot]
            : throw ConveningException.NotFound("invitation.not-found", "That invitation code is not valid. Check the link you were sent.");
    }

    /// <summary>The code in a return address that leads back to an invitation ("/invitations/{code}"), if it is one.</summary>
    public static string? FromReturnUrl(string? returnUrl) =>
        returnUrl is not null && returnUrl.StartsWith("/invitations/", StringComparison.Ordinal) && returnUrl.Length > "/invitations/".Length
            ? Uri.UnescapeDataString(returnUrl["/invitations/".Length..].Split('?', '#')[0])
            : null;
}
