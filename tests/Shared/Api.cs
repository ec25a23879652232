using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Convening.Testing;

/// <summary>Arranges a test's (or benchmark's) world through the public GraphQL API, as an API client would.</summary>
public sealed class Api(Uri server)
{
    public const string Password = "a long enough password";

    private readonly HttpClient _http = new() { BaseAddress = server };

    /// <summary>A new person with a verified address: registers, reads the verification email from the test SMTP server, follows it.</summary>
    public Task<(string Email, string Token)> Register(string name) =>
        Register(name, $"{name.ToLowerInvariant().Replace(' ', '-')}-{Guid.NewGuid():N}@example.org");

    /// <summary>
    /// Registers and verifies a given address, or, when it already has an account on this server
    /// (such as the configured moderator), signs in to it.
    /// </summary>
    public async Task<(string Email, string Token)> Register(string name, string email)
    {
        await Call(null, "mutation($i: RegisterInput!) { register(input: $i) { message } }", new { i = new { email, password = Password, displayName = name } });
        var mail = await TestMail.Registration(email);
        if (!(mail.Subject ?? "").StartsWith("Confirm", StringComparison.Ordinal))
            return (email, (await Call(null, "mutation($i: SignInInput!) { signIn(input: $i) { token } }", new { i = new { email, password = Password } }))["signIn"]!["token"]!.GetValue<string>());
        var data = await Call(null, "mutation($i: VerifyEmailInput!) { verifyEmail(input: $i) { token } }", new { i = new { token = TestMail.Token(mail) } });
        return (email, data["verifyEmail"]!["token"]!.GetValue<string>());
    }

    /// <summary>A group convened by the first token, with the others as members; returns its id.</summary>
    public async Task<string> Group(string convenorToken, params string[] memberEmailsAndTokens)
    {
        var place = await Call(convenorToken, "mutation { createPlace(input: {name: \"Northfield " + Guid.NewGuid().ToString("N")[..6] + "\"}) { place { slug } } }");
        var group = await Call(convenorToken, "mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }",
            new { i = new { placeSlug = place["createPlace"]!["place"]!["slug"]!.GetValue<string>(), name = "Young people's group" } });
        var groupId = group["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
        for (var i = 0; i < memberEmailsAndTokens.Length; i += 2)
        {
            var invitation = await Call(convenorToken, "mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }", new { i = new { groupId, email = memberEmailsAndTokens[i] } });
            await Call(memberEmailsAndTokens[i + 1], "mutation($i: InvitationCodeInput!) { acceptInvitation(input: $i) { group { id } } }",
                new { i = new { code = invitation["invite"]!["invitation"]!["code"]!.GetValue<string>() } });
        }
        return groupId;
    }

    /// <summary>Opens a board for the group; returns its id and its first lane's id.</summary>
    public async Task<(string BoardId, string LaneId)> Board(string token, string groupId)
    {
        var data = await Call(token, "mutation($i: OpenBoardInput!) { openBoard(input: $i) { board { id lanes { id } } } }", new { i = new { groupId, title = "No wrong door" } });
        var board = data["openBoard"]!["board"]!;
        return (board["id"]!.GetValue<string>(), board["lanes"]![0]!["id"]!.GetValue<string>());
    }

    /// <summary>Adds a card through GraphQL; true only when the server acknowledged it (stored).</summary>
    public async Task<bool> TryChangeBoard(string token, string boardId, string laneId, string text)
    {
        try
        {
            await Call(token, "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }",
                new { i = new { boardId, action = "ADD_CARD", laneId, text } });
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>One GraphQL request; the data, or an exception with the errors.</summary>
    public async Task<JsonNode> Call(string? token, string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        // A silo being killed can answer with an error page rather than GraphQL's JSON: not an acknowledgement either.
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true)
            throw new InvalidOperationException($"GraphQL answered {(int)response.StatusCode} {response.Content.Headers.ContentType}: {body[..Math.Min(body.Length, 200)]}");
        var json = JsonNode.Parse(body)!;
        return json["data"] as JsonObject ?? throw new InvalidOperationException($"GraphQL failed: {json}");
    }
}
