using System.Text.Json;
using Convening.Web.Hosting;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Convening.Web.GraphQL;

/// <summary>Reading a GraphQL-over-HTTP request: media types, size limits, and the shape of the JSON.</summary>
public sealed partial class GraphQLHttpEndpoint
{
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

    /// <summary>
    /// The abuse limits (<see cref="DocumentLimits"/>), checked before anything recursive runs;
    /// the parsed document, or null when it does not parse (the executer reports why).
    /// </summary>
    private static GraphQLDocument? Limit(GraphQLRequest request)
    {
        var (document, breach) = DocumentLimits.Check(request.Query ?? "");
        return breach is null ? document : throw Bad(breach.Code, breach.Message);
    }

    /// <summary>
    /// A mutation sent with the browser's sign-in cookie (the API explorer) must carry the
    /// antiforgery token, as a form would; bearer-token clients need none.
    /// </summary>
    private async Task RequireAntiforgery(HttpContext http, GraphQLRequest request, GraphQLDocument? document)
    {
        var byCookie = http.User.Identity?.IsAuthenticated == true
            && !http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!byCookie || !IsMutation(document, request.OperationName))
            return;
        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            throw new RequestException(StatusCodes.Status403Forbidden, "request.antiforgery",
                "A change sent with a browser's sign-in needs the page's antiforgery token (the RequestVerificationToken header).");
        }
    }

    private static bool AcceptsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => string.Equals(a.MediaType.Value, "text/html", StringComparison.OrdinalIgnoreCase));

    private static bool IsMutation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        var operation = operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return operation?.Operation == OperationType.Mutation;
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
            if (!JsonText.IsWellFormed(doc.RootElement))
                throw Bad(Convening.Contracts.TextRules.Code, JsonText.Refusal($"'{name}' parameter").Message);
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

    private static RequestException Bad(string code, string message) => new(StatusCodes.Status400BadRequest, code, message);

    private static RequestException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "request.too-large", $"A request can be at most {MaxBodyBytes / 1024} KB.");

    private sealed class RequestException(int status, string code, string message) : Exception(message)
    {
        public int Status { get; } = status;
        public string Code { get; } = code;
    }
}
