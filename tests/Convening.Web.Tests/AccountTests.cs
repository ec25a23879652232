using System.Net;

namespace Convening.Web.Tests;

[Collection(WebCollection.Name)]
public sealed class AccountTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task Register_ReturnsTokenThatSignsIn()
    {
        var ann = await _scenario.Register("Ann");
        var reply = (await ann.Api.Post("{ me { id profile { displayName email } } }")).ShouldSucceed();
        Assert.Equal(ann.Id, reply.Data!["me"]!["id"]!.GetValue<string>());
        Assert.Equal("Ann", reply.Data!["me"]!["profile"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Me_ForThePublic_IsNull()
    {
        var reply = (await app.GraphQL().Post("{ me { id } }")).ShouldSucceed();
        Assert.Null(reply.Data!["me"]);
    }

    [Fact]
    public async Task ForgedToken_IsNotASignIn()
    {
        var reply = (await app.GraphQL("not-a-real-token").Post("{ me { id } }"));
        Assert.Null(reply.Data?["me"]);
    }

    [Fact]
    public async Task SignIn_WithRightPassword_ReturnsToken()
    {
        var ann = await _scenario.Register("Ann");
        var reply = (await SignIn(ann.Email, Scenario.Password)).ShouldSucceed();
        Assert.Equal(ann.Id, reply.Data!["signIn"]!["person"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_Is401()
    {
        var ann = await _scenario.Register("Ann");
        var reply = await SignIn(ann.Email, "not the password at all");
        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.Equal("auth.invalid-credentials", reply.ErrorCode);
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount()
    {
        var ann = await _scenario.Register("Ann");
        for (var i = 0; i < 5; i++)
            await SignIn(ann.Email, "not the password at all");
        var reply = await SignIn(ann.Email, Scenario.Password);
        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal("auth.locked-out", reply.ErrorCode);
    }

    [Fact]
    public async Task Register_WithShortPassword_IsRefused()
    {
        var reply = await app.GraphQL().Post("mutation { register(input: { email: \"short@example.org\", password: \"eleven char\", displayName: \"S\" }) { token } }");
        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("password.too-short", reply.ErrorCode);
    }

    [Fact]
    public async Task Register_SameEmailTwice_IsConflict()
    {
        var ann = await _scenario.Register("Ann");
        var reply = await app.GraphQL().Post(
            "mutation($i: RegisterInput!) { register(input: $i) { token } }",
            new { i = new { email = ann.Email, password = Scenario.Password, displayName = "Other Ann" } });
        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("account.email-taken", reply.ErrorCode);
    }

    private Task<Reply> SignIn(string email, string password) =>
        app.GraphQL().Post("mutation($i: SignInInput!) { signIn(input: $i) { token person { id } } }",
            new { i = new { email, password } });
}
