namespace Convening.Web.GraphQL.Common;

/// <summary>The one description of the optional idempotency key that "create" mutations take.</summary>
public static class RequestIdText
{
    public const string Description = "Optional: a key you make up for this one request (a UUID, say). Sending the request again with the same key, after an answer was lost, does not do it twice: it answers with what the first request made.";
}
