using System.Text.Json;
using Convening.Web.Hosting;

namespace Convening.Web.GraphQL;

/// <summary>
/// What reaches a GraphQL client when something fails before the document runs (the session check
/// reading an account from a damaged or unreachable store, say): a GraphQL JSON answer with a stable
/// code, never the people's HTML error page. A storage fault is 503 with its <c>storage.*</c> code and
/// Retry-After; anything else is a bug, logged with its stack trace and told as <c>internal</c>.
/// </summary>
public sealed class GraphQLFaults(RequestDelegate next, ILogger<GraphQLFaults> log)
{
    public const string Internal = "internal";
    public const string InternalMessage = "Sorry, something went wrong on our side. Nothing you saved before has been lost. Please try again later.";

    public async Task InvokeAsync(HttpContext http)
    {
        try
        {
            await next(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            var fault = StorageFaults.Find(e);
            if (fault is not null)
                log.LogError("GraphQL request failed on storage before it ran: {Code}: {Reason}", fault.Code, fault.Message);
            else
                log.LogError(e, "GraphQL request failed before it ran");
            http.Response.Clear();
            if (fault is not null)
                StorageFaults.Tell(http.Response, fault);
            else
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            http.Response.ContentType = GraphQLHttpEndpoint.Json;
            var body = new { errors = new[] { new { message = fault is null ? InternalMessage : StorageFaults.Message, extensions = new { code = fault?.Code ?? Internal } } } };
            await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: http.RequestAborted);
        }
    }
}
