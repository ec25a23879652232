using Convening.Testing;
using System.Text.Json.Nodes;

namespace Convening.Web.Tests;

/// <summary>Builds the people, places and groups a test needs, through the public API.</summary>
public sealed class Scenario(WebAppFixture app)
{
    public const string Password = "correct horse battery staple";

    /// <summary>A new person with a verified address: registers, reads the verification email from the test SMTP server, follows it.</summary>
    public Task<Person> Register(string name) => Register(name, $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org");

    /// <summary>
    /// Registers and verifies a given address, or, when it already has an account on this host
    /// (such as the configured moderator), signs in to it.
    /// </summary>
    public async Task<Person> Register(string name, string email)
    {
        (await app.GraphQL().Post("mutation($i: RegisterInput!) { register(input: $i) { message } }",
            new { i = new { email, password = Password, displayName = name } })).ShouldSucceed();
        var mail = await TestMail.Registration(email);
        var (field, reply) = (mail.Subject ?? "").StartsWith("Confirm", StringComparison.Ordinal)
            ? ("verifyEmail", await app.GraphQL().Post("mutation($i: VerifyEmailInput!) { verifyEmail(input: $i) { token person { id } } }",
                new { i = new { token = TestMail.Token(mail) } }))
            : ("signIn", await app.GraphQL().Post("mutation($i: SignInInput!) { signIn(input: $i) { token person { id } } }",
                new { i = new { email, password = Password } }));
        var auth = reply.ShouldSucceed().Data![field]!;
        return new Person(name, email, auth["person"]!["id"]!.GetValue<string>(), auth["token"]!.GetValue<string>(), app);
    }

    public static async Task<string> CreatePlace(Person steward, string? name = null)
    {
        name ??= "Place " + Guid.NewGuid().ToString("N")[..8];
        var reply = (await steward.Api.Post(
            "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }",
            new { i = new { name, purpose = "Working together" } })).ShouldSucceed();
        return reply.Data!["createPlace"]!["place"]!["slug"]!.GetValue<string>();
    }

    public static async Task<string> Convene(Person convenor, string placeSlug, string name = "Right to Control Trailblazer")
    {
        var reply = (await convenor.Api.Post(
            "mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }",
            new { i = new { placeSlug, name, purpose = "People in control of their support" } })).ShouldSucceed();
        return reply.Data!["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
    }

    public static async Task<string> Invite(Person convenor, string groupId, Person invitee, string role = "MEMBER")
    {
        var reply = (await convenor.Api.Post(
            "mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }",
            new { i = new { groupId, email = invitee.Email, role } })).ShouldSucceed();
        return reply.Data!["invite"]!["invitation"]!["code"]!.GetValue<string>();
    }

    public static async Task Join(Person convenor, string groupId, Person invitee, string role = "MEMBER")
    {
        var code = await Invite(convenor, groupId, invitee, role);
        (await invitee.Api.Post("mutation($i: InvitationCodeInput!) { acceptInvitation(input: $i) { group { id } } }",
            new { i = new { code } })).ShouldSucceed();
    }

    /// <summary>A steward of the place approves a group that asked to be convened there.</summary>
    public static async Task Approve(Person steward, string placeSlug, string groupId) =>
        (await steward.Api.Post("mutation($i: GroupDecisionInput!) { approveGroup(input: $i) { place { slug } } }",
            new { i = new { placeSlug, groupId } })).ShouldSucceed();

    public static async Task<JsonNode> Group(Person viewer, string groupId) =>
        (await viewer.Api.Post(
            "query($id: ID!) { group(id: $id) { name myRole members { role person { id displayName } } glossary { id agreedTerm } invitations { code email } } }",
            new { id = groupId })).Json!;
}

public sealed record Person(string Name, string Email, string Id, string Token, WebAppFixture App)
{
    public GraphQLClient Api => App.GraphQL(Token);
}
