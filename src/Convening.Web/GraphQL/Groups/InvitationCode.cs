using Convening.Contracts;

namespace Convening.Web.GraphQL.Groups;

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
}
