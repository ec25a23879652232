using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Convening.Storage.Tests.Crash;

/// <summary>Just enough GraphQL over HTTP for the crash tests.</summary>
public sealed class GraphClient(HttpClient http)
{
    public string? Token { get; set; }

    /// <summary>The response's data, or null when it was not a 200 with data.</summary>
    public async Task<JsonElement?> TrySend(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (Token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
            return null;
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        if (root.TryGetProperty("errors", out _) || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return null;
        return data.Clone();
    }

    public async Task<JsonElement> Send(string query, object? variables = null) =>
        await TrySend(query, variables) ?? throw new InvalidOperationException($"GraphQL request failed: {query}");

    public async Task Register(string email, string password, string displayName)
    {
        await Send("mutation($input: RegisterInput!) { register(input: $input) { message } }", new { input = new { email, password, displayName } });
        var mail = await Convening.Testing.TestMail.Next(email, "Confirm");
        var data = await Send("mutation($input: VerifyEmailInput!) { verifyEmail(input: $input) { token } }", new { input = new { token = Convening.Testing.TestMail.Token(mail) } });
        Token = data.GetProperty("verifyEmail").GetProperty("token").GetString();
    }

    /// <summary>The slug of the created place if the server acknowledged it; null if it did not.</summary>
    public async Task<string?> TryCreatePlace(string name, string purpose)
    {
        var data = await TrySend("mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { slug } } }",
            new { input = new { name, purpose } });
        return data?.GetProperty("createPlace").GetProperty("place").GetProperty("slug").GetString();
    }

    /// <summary>The place's name, or null if the server has no such place.</summary>
    public async Task<string?> PlaceName(string slug)
    {
        var place = (await Send("query($slug: String!) { place(slug: $slug) { name } }", new { slug })).GetProperty("place");
        return place.ValueKind == JsonValueKind.Null ? null : place.GetProperty("name").GetString();
    }

    public async Task<(List<string> Slugs, int TotalCount)> ListPlaces()
    {
        var places = (await Send("{ places(first: 100) { nodes { slug } totalCount } }")).GetProperty("places");
        var slugs = places.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("slug").GetString()!).ToList();
        return (slugs, places.GetProperty("totalCount").GetInt32());
    }
}
