using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Convening.Web.Tests;

/// <summary>A small GraphQL-over-HTTP client for tests: raw status, content type and JSON.</summary>
public sealed class GraphQLClient(HttpClient http, string? token)
{
    public HttpClient Http { get; } = http;

    public Task<Reply> Post(string query, object? variables = null, string accept = "application/json") =>
        Send(JsonSerializer.Serialize(new { query, variables }), accept);

    public async Task<Reply> Send(string body, string accept = "application/json", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        return await Exchange(request, accept);
    }

    public async Task<Reply> Get(string query, string accept = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        return await Exchange(request, accept);
    }

    private async Task<Reply> Exchange(HttpRequestMessage request, string accept)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length > 0 ? JsonNode.Parse(text) : null)
        {
            RetryAfter = response.Headers.RetryAfter?.Delta,
        };
    }
}

public sealed record Reply(HttpStatusCode Status, string? ContentType, JsonNode? Json)
{
    public JsonNode? Data => Json?["data"];

    /// <summary>The Retry-After header of a 503, when there was one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The extensions.code of the first error, or null when there is none.</summary>
    public string? ErrorCode => Json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public Reply ShouldSucceed()
    {
        Assert.True(Status == HttpStatusCode.OK && Json?["errors"] is null, $"Expected success, got {(int)Status}: {Json}");
        return this;
    }
}
