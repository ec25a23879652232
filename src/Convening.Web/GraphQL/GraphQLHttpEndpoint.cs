using System.Text.Json;
using Convening.Contracts;
using Convening.Web.GraphQL.Common;
using Convening.Web.Hosting;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Http.Features;

namespace Convening.Web.GraphQL;

/// <summary>
/// GraphQL over HTTP (the GraphQL-over-HTTP spec): POST with application/json, GET for queries
/// only, application/graphql-response+json when the client asks for it. Request errors
/// (bad JSON, parse or validation failures, limits) answer 4xx and change nothing.
/// </summary>
public sealed class GraphQLHttpEndpoint(IDocumentExecuter<ConveningSchema> executer, IGraphQLTextSerializer serializer, ILogger<GraphQLHttpEndpoint> log)
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";
    public const int MaxBatch = 10;
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task Handle(HttpContext http)
    {
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
        if (IsMutation(request))
        {
            http.Response.Headers.Allow = "POST";
            throw new RequestException(StatusCodes.Status405MethodNotAllowed, "request.mutation-over-get", "Mutations must be sent with POST.");
        }
        var result = await Execute(http, request);
        await Write(http, media, StatusFor(result), result);
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

        if (root.ValueKind == JsonValueKind.Array)
        {
            var count = root.GetArrayLength();
            if (count is 0 or > MaxBatch)
                throw Bad("request.batch-size", $"A batch holds 1 to {MaxBatch} operations.");
            var results = new List<ExecutionResult>(count);
            foreach (var item in root.EnumerateArray())
                results.Add(await Execute(http, ToRequest(item)));
            await Write(http, media, StatusCodes.Status200OK, results);
            return;
        }
        var result = await Execute(http, ToRequest(root));
        await Write(http, media, StatusFor(result), result);
    }

    private GraphQLRequest ToRequest(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw Bad("request.invalid", "Each request is a JSON object with a 'query'.");
        foreach (var property in element.EnumerateObject())
        {
            var ok = property.Name switch
            {
                "query" => property.Value.ValueKind == JsonValueKind.String,
                "operationName" => property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null,
                "variables" or "extensions" => property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Null,
                _ => true,
            };
            if (!ok)
                throw Bad("request.invalid-parameter", $"The '{property.Name}' parameter has the wrong type.");
        }
        if (!element.TryGetProperty("query", out _))
            throw Bad("request.missing-query", "The request needs a 'query' string.");
        return serializer.Deserialize<GraphQLRequest>(element.GetRawText())!;
    }

    private Task<ExecutionResult> Execute(HttpContext http, GraphQLRequest request) =>
        executer.ExecuteAsync(o =>
        {
            o.Query = request.Query;
            o.OperationName = request.OperationName;
            o.Variables = request.Variables;
            o.Extensions = request.Extensions;
            o.User = http.User;
            o.UserContext = new GraphQLUserContext(http.User);
            o.RequestServices = http.RequestServices;
            o.CancellationToken = http.RequestAborted;
            o.UnhandledExceptionDelegate = ctx =>
            {
                if (ctx.OriginalException is not ConveningException)
                    log.LogError(ctx.OriginalException, "GraphQL resolver failed");
                return Task.CompletedTask;
            };
        });

    /// <summary>
    /// 400 when the document could not run (parse, validation, limits). When it ran but a
    /// domain rule refused it (the data is null), the refusal's status: 401, 403, 404, 409 or 400.
    /// </summary>
    private static int StatusFor(ExecutionResult result)
    {
        if (!result.Executed)
            return StatusCodes.Status400BadRequest;
        if (result.Data is null || (result.Data is global::GraphQL.Execution.ExecutionNode node && node.ToValue() is null))
        {
            var refusal = result.Errors?.Select(e => e.InnerException).OfType<ConveningException>().FirstOrDefault();
            if (refusal is not null)
                return ErrorStatus.For(refusal.Kind);
        }
        return StatusCodes.Status200OK;
    }

    private bool IsMutation(GraphQLRequest request)
    {
        try
        {
            var document = GraphQLParser.Parser.Parse(request.Query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var operation = request.OperationName is null
                ? operations.Count == 1 ? operations[0] : null
                : operations.FirstOrDefault(o => o.Name?.StringValue == request.OperationName);
            return operation?.Operation == OperationType.Mutation;
        }
        catch (GraphQLParser.Exceptions.GraphQLParserException)
        {
            return false; // the executer reports the syntax error
        }
    }

    private static async Task<string> ReadBody(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
            throw TooLarge();
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false })
            limit.MaxRequestBodySize = MaxBodyBytes;
        try
        {
            using var reader = new StreamReader(http.Request.Body);
            var text = await reader.ReadToEndAsync(http.RequestAborted);
            return text.Length > MaxBodyBytes ? throw TooLarge() : text;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge();
        }
    }

    private T? ParseObject<T>(string? json, string name) where T : class
    {
        if (string.IsNullOrEmpty(json))
            return null;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind == JsonValueKind.Null)
                return null;
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                throw Bad("request.invalid-parameter", $"'{name}' must be a JSON object.");
            return serializer.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            throw Bad("request.malformed-json", $"'{name}' is not valid JSON.");
        }
    }

    private static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
            return Json;
        foreach (var value in accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var type = value.MediaType.Value;
            if (string.Equals(type, GraphQLResponse, StringComparison.OrdinalIgnoreCase))
                return GraphQLResponse;
            if (string.Equals(type, Json, StringComparison.OrdinalIgnoreCase) || type is "*/*" or "application/*")
                return Json;
        }
        return null;
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

    private static RequestException Bad(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    private static RequestException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "request.too-large", $"A request can be at most {MaxBodyBytes / 1024} KB.");

    private sealed class RequestException(int status, string code, string message) : Exception(message)
    {
        public int Status { get; } = status;
        public string Code { get; } = code;
    }
}
