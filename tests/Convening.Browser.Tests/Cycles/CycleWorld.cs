using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Cycles;

/// <summary>People, a place and a group made through the GraphQL API, so browser tests start at the cycle.</summary>
public sealed class CycleWorld(LiveServer server)
{
    public const string Password = "a long enough password";

    /// <summary>A new person with a verified address, through the shared helper (the verification email is read from the test SMTP server).</summary>
    public Task<(string Email, string Token)> Register(string name) => new Convening.Testing.Api(new Uri(server.Url)).Register(name);

    public async Task<string> Group(string convenorToken, string groupName)
    {
        var place = await Call(convenorToken, "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }",
            new { i = new { name = "Northfield " + Guid.NewGuid().ToString("N")[..6] } });
        var group = await Call(convenorToken, "mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }",
            new { i = new { placeSlug = place["createPlace"]!["place"]!["slug"]!.GetValue<string>(), name = groupName } });
        return group["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
    }

    public async Task Join(string convenorToken, string groupId, (string Email, string Token) person, string role)
    {
        var invitation = await Call(convenorToken, "mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }",
            new { i = new { groupId, email = person.Email, role } });
        await Call(person.Token, "mutation($i: InvitationCodeInput!) { acceptInvitation(input: $i) { group { id } } }",
            new { i = new { code = invitation["invite"]!["invitation"]!["code"]!.GetValue<string>() } });
    }

    /// <summary>A gathering of the group, planned and given a time a week from now; returns its id.</summary>
    public async Task<string> GatheringNextWeek(string convenorToken, string groupId, string title)
    {
        var planned = await Call(convenorToken, "mutation($i: PlanGatheringInput!) { planGathering(input: $i) { gathering { id } } }",
            new { i = new { groupId, title, format = "ONLINE", joinUrl = "https://meet.example.org/check-in", minutes = 60, timeZone = "Europe/London" } });
        var id = planned["planGathering"]!["gathering"]!["id"]!.GetValue<string>();
        await Call(convenorToken, "mutation($i: ScheduleGatheringInput!) { scheduleGathering(input: $i) { gathering { id } } }",
            new { i = new { gatheringId = id, startsAt = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(7).AddHours(10), TimeSpan.Zero) } });
        return id;
    }

    public static Task SignIn(IPage page, string email) => Browser.Tests.SignIn.As(page, email, Password);

    private async Task<JsonNode> Call(string? token, string query, object variables)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        if (token is not null)
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var reply = await (await http.PostAsJsonAsync("/graphql", new { query, variables })).Content.ReadFromJsonAsync<JsonNode>();
        Assert.True(reply?["errors"] is null, $"GraphQL failed: {reply}");
        return reply!["data"]!;
    }
}
