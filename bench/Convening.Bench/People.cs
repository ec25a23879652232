using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Convening.Bench;

/// <summary>A facilitator and a member of one group, signed in through the public API.</summary>
public sealed record People(string FacilitatorToken, string MemberToken, string GroupId)
{
    public static async Task<People> Create(BenchHost host)
    {
        using var http = new HttpClient { BaseAddress = host.Url };
        var facilitator = await Register(http, "facilitator");
        var member = await Register(http, "member");
        var place = await Call(http, facilitator.Token, "mutation { createPlace(input: {name: \"Bench\"}) { place { slug } } }");
        var group = await Call(http, facilitator.Token, $"mutation {{ conveneGroup(input: {{placeSlug: \"{place["createPlace"]!["place"]!["slug"]}\", name: \"Bench group\"}}) {{ group {{ id }} }} }}");
        var groupId = group["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
        var invitation = await Call(http, facilitator.Token, $"mutation {{ invite(input: {{groupId: \"{groupId}\", email: \"{member.Email}\"}}) {{ invitation {{ code }} }} }}");
        await Call(http, member.Token, $"mutation {{ acceptInvitation(input: {{code: \"{invitation["invite"]!["invitation"]!["code"]}\"}}) {{ group {{ id }} }} }}");
        return new People(facilitator.Token, member.Token, groupId);
    }

    public async Task<(string BoardId, string LaneId)> OpenBoard(BenchHost host)
    {
        using var http = new HttpClient { BaseAddress = host.Url };
        var data = await Call(http, FacilitatorToken, $"mutation {{ openBoard(input: {{groupId: \"{GroupId}\", title: \"Bench\"}}) {{ board {{ id lanes {{ id }} }} }} }}");
        var board = data["openBoard"]!["board"]!;
        return (board["id"]!.GetValue<string>(), board["lanes"]![0]!["id"]!.GetValue<string>());
    }

    private static async Task<(string Email, string Token)> Register(HttpClient http, string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@bench.example.org";
        var data = await Call(http, null, $"mutation {{ register(input: {{email: \"{email}\", password: \"a benchmark password\", displayName: \"{name}\"}}) {{ token }} }}");
        return (email, data["register"]!["token"]!.GetValue<string>());
    }

    private static async Task<JsonNode> Call(HttpClient http, string? token, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return json["data"] is JsonObject data ? data : throw new InvalidOperationException($"GraphQL failed: {json}");
    }
}
