using System.Text.Json;
using Convening.Contracts;
using Convening.Web.GraphQL.Common;
using Convening.Web.Hosting;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Convening.Web.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP spec): POST with application/json, GET for queries
/// only, application/graphql-response+json when the client asks for it. Request errors
/// (bad JSON, parse or validation failures, limits) answer 4xx and change nothing.
/// </summary>
public sealed partial class GraphQLHttpEndpoint(
    IDocumentExecuter<ConveningSchema> executer,
    IGraphQLTextSerializer serializer,
    IAntiforgery antiforgery,
    IOptions<ConveningOptions> options,
    ILogger<GraphQLHttpEndpoint> log)
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const int MaxBatch = 10;
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task Handle(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method) && !http.Request.Query.ContainsKey("query") && options.Value.GraphQLIntrospection && AcceptsHtml(http.Request))
        {
            // A person who opens the API's address in a browser gets the explorer.
            http.Response.Redirect("/graphql/explorer");
            return;
        }
        var media = Negotiate(http.Request);
        if (media is null)
        {
            await RequestError(http, Json, StatusCodes.Status406NotAcceptable, "request.not-acceptable", $"Accept {GraphQLResponse} or {Json}.");
            return;
        }
        try
        {
            if (HttpMethods.IsGet(http.Request.Method))
                await HandleGet(http, media);
            else
                await HandlePost(http, media);
        }
        catch (RequestException e)
        {
            await RequestError(http, media, e.Status, e.Code, e.Message);
        }
    }

    private async Task HandleGet(HttpContext http, string media)
    {
        var q = http.Request.Query;
        var request = new GraphQLRequest
        {
            Query = q["query"].FirstOrDefault() ?? throw Bad("request.missing-query", "Give the GraphQL document in the 'query' parameter."),
            OperationName = q["operationName"].FirstOrDefault() is { Length: > 0 } op ? op : null,
            Variables = ParseObject<Inputs>(q["variables"].FirstOrDefault(), "variables"),
            Extensions = ParseObject<Inputs>(q["extensions"].FirstOrDefault(), "extensions"),
        };
        var document = Limit(request);
        if (IsMutation(document, request.OperationName))
        {
            http.Response.Headers.Allow = "POST";
            throw new RequestException(StatusCodes.Status405MethodNotAllowed, "request.mutation-over-get", "Mutations must be sent with POST.");
        }
        var result = await Execute(http, request, document);
        await Write(http, media, StatusFor(http, result), result);
    }

    private async Task HandlePost(HttpContext http, string media)
    {
        var contentType = http.Request.ContentType ?? "";
        if (!contentType.StartsWith(Json, StringComparison.OrdinalIgnoreCase))
            throw new RequestException(StatusCodes.Status415UnsupportedMediaType, "request.unsupported-media-type", $"Send the request body as {Json}.");

        var body = await ReadBody(http);
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(body);
            root = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw Bad("request.malformed-json", "The request body is not valid JSON.");
        }
        if (!JsonText.IsWellFormed(root))
            throw Bad(TextRules.Code, JsonText.Refusal("request").Message);

        if (root.ValueKind == JsonValueKind.Array)
        {
            var count = root.GetArrayLength();
            if (count is 0 or > MaxBatch)
                throw Bad("request.batch-size", $"A batch holds 1 to {MaxBatch} operations.");
            var requests = root.EnumerateArray().Select(ToRequest).ToList();
            var documents = requests.Select(Limit).ToList();
            var results = new List<ExecutionResult>(count);
            for (var i = 0; i < count; i++)
                await RequireAntiforgery(http, requests[i], documents[i]);
            for (var i = 0; i < count; i++)
                results.Add(await Execute(http, requests[i], documents[i]));
            await Write(http, media, StatusCodes.Status200OK, results);
            return;
        }
        var single = ToRequest(root);
        var document = Limit(single);
        await RequireAntiforgery(http, single, document);
        var result = await Execute(http, single, document);
        await Write(http, media, StatusFor(http, result), result);
    }

    private Task<ExecutionResult> Execute(HttpContext http, GraphQLRequest request, GraphQLParser.AST.GraphQLDocument? document) =>
        executer.ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.Document = document;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.User = http.User;
            o.UserContext = new GraphQLUserContext(http.User);
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.UnhandledExceptionDelegate = ctx =>
            {
                // Refusals are the answer, not a fault; a storage fault is logged once, without a stack trace.
                if (StorageFaults.Find(ctx.OriginalException) is { } fault)
                    log.LogError("GraphQL request failed on storage: {Code}: {Reason}", fault.Code, fault.Message);
                else if (ctx.OriginalException is ConveningException refusal)
                    log.LogInformation("GraphQL refused a request: {Code}", refusal.Code);
                else
                    log.LogError(ctx.OriginalException, "GraphQL resolver failed");
                return Task.CompletedTask;
            };
        });

    /// <summary>
    /// 400 when the document could not run (parse, validation, limits). When it ran but a
    /// domain rule refused it (the data is null), the refusal's status: 401, 403, 404, 409, 429 or
    /// 400; when storage failed, 503 (with Retry-After where trying again later helps).
    /// </summary>
    private static int StatusFor(HttpContext http, ExecutionResult result)
    {
        if (!result.Executed)
            return StatusCodes.Status400BadRequest;
        if (result.Data is null || (result.Data is global::GraphQL.Execution.ExecutionNode node && node.ToValue() is null))
        {
            if (result.Errors?.Select(e => StorageFaults.Find(e)).FirstOrDefault(f => f is not null) is { } fault)
            {
                StorageFaults.Tell(http.Response, fault);
                return http.Response.StatusCode;
            }
            var refusal = result.Errors?.Select(e => e.InnerException).OfType<ConveningException>().FirstOrDefault();
            if (refusal is not null)
                return ErrorStatus.For(refusal.Kind);
        }
        return StatusCodes.Status200OK;
    }

    private async Task Write(HttpContext http, string media, int status, object result)
    {
        ConveningMetrics.GraphQLRequests.Add(1, new KeyValuePair<string, object?>("status", status));
        http.Response.StatusCode = status;
        http.Response.ContentType = media + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private async Task RequestError(HttpContext http, string media, int status, string code, string message)
    {
        var error = new ExecutionError(message) { Code = code };
        await Write(http, media, status, new ExecutionResult { Errors = [error] });
    }

}
