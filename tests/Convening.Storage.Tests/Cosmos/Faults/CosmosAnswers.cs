using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Convening.Storage.Tests.Cosmos.Faults;

/// <summary>The HTTP the fault proxy speaks: Cosmos DB's gateway protocol, passed on or imitated.</summary>
internal static class CosmosAnswers
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "Proxy-Connection",
    };

    /// <summary>A create, replace, upsert or delete of an item; queries are POSTs too, but say so in a header.</summary>
    public static bool IsDocumentWrite(HttpRequest request) =>
        request.Path.Value?.Contains("/docs", StringComparison.Ordinal) == true
        && !HttpMethods.IsGet(request.Method)
        && !string.Equals(request.Headers["x-ms-documentdb-isquery"], "True", StringComparison.OrdinalIgnoreCase);

    /// <summary>What Cosmos DB answers when a partition's request units are spent: 429, substatus 3200, and how long to wait.</summary>
    public static async Task Throttled(HttpResponse response, int retryAfterMs)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers["x-ms-retry-after-ms"] = retryAfterMs.ToString();
        response.Headers["x-ms-substatus"] = "3200";
        response.Headers["x-ms-activity-id"] = Guid.NewGuid().ToString();
        response.Headers["x-ms-request-charge"] = "0";
        response.ContentType = "application/json";
        var message = "Message: {\"Errors\":[\"Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later.\"]}";
        await response.WriteAsync(JsonSerializer.Serialize(new { code = "TooManyRequests", message }));
    }

    /// <summary>What Cosmos DB answers when the partition cannot take requests just now.</summary>
    public static async Task Unavailable(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers["x-ms-substatus"] = "0";
        response.Headers["x-ms-activity-id"] = Guid.NewGuid().ToString();
        response.ContentType = "application/json";
        var message = "Message: {\"Errors\":[\"The request failed because the service is temporarily unavailable. Please retry.\"]}";
        await response.WriteAsync(JsonSerializer.Serialize(new { code = "ServiceUnavailable", message }));
    }

    public static async Task<HttpRequestMessage> Copy(HttpRequest request, CancellationToken cancellation)
    {
        var copy = new HttpRequestMessage(new HttpMethod(request.Method), request.Path + request.QueryString);
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellation);
        if (body.Length > 0 || request.ContentLength is not null)
            copy.Content = new ByteArrayContent(body.ToArray());
        foreach (var (name, values) in request.Headers)
        {
            if (HopByHop.Contains(name) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!copy.Headers.TryAddWithoutValidation(name, values.ToArray()))
                copy.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
        }
        return copy;
    }

    public static async Task Copy(HttpResponseMessage answer, HttpResponse response, CancellationToken cancellation)
    {
        response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers))
        {
            if (!HopByHop.Contains(name))
                response.Headers[name] = values.ToArray();
        }
        await answer.Content.CopyToAsync(response.Body, cancellation);
    }
}
