using System.Net;
using Convening.Testing;
using OtpNet;

namespace Convening.Web.Tests.Accounts;

[Collection(SecondWebCollection.Name)]
public sealed class AccountTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    private static string NewEmail() => $"someone-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task Register_ThenVerifyFromTheEmail_GivesATokenThatSignsIn()
    {
        var ann = await _scenario.Register("Ann");
        var reply = (await ann.Api.Post("{ me { id profile { displayName email } } }")).ShouldSucceed();
        Assert.Equal(ann.Id, reply.Data!["me"]!["id"]!.GetValue<string>());
        Assert.Equal("Ann", reply.Data!["me"]!["profile"]!["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task Register_GivesNoToken_AndSignIn_BeforeVerifying_IsRefused_AndMailsANewLink()
    {
        var email = NewEmail();
        var registered = (await Register(email)).ShouldSucceed();
        Assert.StartsWith("Check your email", registered.Data!["register"]!["message"]!.GetValue<string>());
        await TestMail.Next(email, "Confirm");

        var signIn = await SignIn(email, Scenario.Password);

        Assert.Equal((HttpStatusCode.Forbidden, "account.unverified"), (signIn.Status, signIn.ErrorCode));
        var second = await TestMail.Next(email, "Confirm");
        (await app.GraphQL().Post("mutation($i: VerifyEmailInput!) { verifyEmail(input: $i) { token } }", new { i = new { token = TestMail.Token(second) } })).ShouldSucceed();
    }

    [Fact]
    public async Task Register_ForAnAddressWithAnAccount_AnswersTheSame_AndMailsTheOwnerInstead()
    {
        var ann = await _scenario.Register("Ann");

        var again = (await Register(ann.Email, "another long password for mallory")).ShouldSucceed();
        var fresh = (await Register(NewEmail())).ShouldSucceed();

        Assert.Equal(fresh.Json!.ToJsonString(), again.Json!.ToJsonString());
        var mail = await TestMail.Next(ann.Email, "Someone tried");
        Assert.DoesNotContain("token=", mail.TextBody);
        (await SignIn(ann.Email, Scenario.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task VerifyEmail_WithAReusedOrForgedLink_IsRefused()
    {
        var email = NewEmail();
        await Register(email);
        var token = TestMail.Token(await TestMail.Next(email, "Confirm"));
        (await Verify(token)).ShouldSucceed();

        var reused = await Verify(token);
        var forged = await Verify(token[..^4] + "AAAA");

        Assert.Equal((HttpStatusCode.Forbidden, "account.link-invalid"), (reused.Status, reused.ErrorCode));
        Assert.Equal((HttpStatusCode.Forbidden, "account.link-invalid"), (forged.Status, forged.ErrorCode));
    }

    [Fact]
    public async Task RequestPasswordReset_ForAnUnknownAddress_AnswersTheSame_AndMailsNoOne()
    {
        var ann = await _scenario.Register("Ann");
        var unknown = NewEmail();

        var known = (await RequestReset(ann.Email)).ShouldSucceed();
        var stranger = (await RequestReset(unknown)).ShouldSucceed();

        Assert.Equal(known.Json!.ToJsonString(), stranger.Json!.ToJsonString());
        await TestMail.Next(ann.Email, "Reset your");
        Assert.Empty(TestMail.All(unknown));
    }

    [Fact]
    public async Task ResetPassword_FromTheEmail_EndsEveryOtherToken_AndTheLinkWorksOnce()
    {
        var ann = await _scenario.Register("Ann");
        await RequestReset(ann.Email);
        var token = TestMail.Token(await TestMail.Next(ann.Email, "Reset your"));

        var reset = (await Reset(token, "a brand new long passphrase")).ShouldSucceed();

        Assert.Null((await ann.Api.Post("{ me { id } }")).Data?["me"]);
        var newToken = reset.Data!["resetPassword"]!["token"]!.GetValue<string>();
        Assert.NotNull((await app.GraphQL(newToken).Post("{ me { id } }")).Data!["me"]);
        Assert.Equal("auth.invalid-credentials", (await SignIn(ann.Email, Scenario.Password)).ErrorCode);
        Assert.Equal("account.link-invalid", (await Reset(token, "yet another long passphrase")).ErrorCode);
    }

    [Fact]
    public async Task ResetPassword_WithACommonPassword_IsRefused_AndChangesNothing()
    {
        var ann = await _scenario.Register("Ann");
        await RequestReset(ann.Email);
        var token = TestMail.Token(await TestMail.Next(ann.Email, "Reset your"));

        var reply = await Reset(token, "qwerty123456");

        Assert.Equal((HttpStatusCode.BadRequest, "password.too-common"), (reply.Status, reply.ErrorCode));
        Assert.NotNull((await ann.Api.Post("{ me { id } }")).Data!["me"]);
    }

    [Fact]
    public async Task SignOutEverywhere_RevokesEveryBearerToken()
    {
        var ann = await _scenario.Register("Ann");
        var second = (await SignIn(ann.Email, Scenario.Password)).ShouldSucceed().Data!["signIn"]!["token"]!.GetValue<string>();
        var sessions = (await ann.Api.Post("{ mySessions { id device lastUsedAt } }")).ShouldSucceed().Data!["mySessions"]!.AsArray();
        Assert.Equal(2, sessions.Count);

        (await app.GraphQL(second).Post("mutation { signOutEverywhere }")).ShouldSucceed();

        Assert.Null((await ann.Api.Post("{ me { id } }")).Data?["me"]);
        Assert.Null((await app.GraphQL(second).Post("{ me { id } }")).Data?["me"]);
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
    public async Task WrongPasswords_SlowTheAccountDown_InsteadOfLockingItForAQuarterOfAnHour()
    {
        var ann = await _scenario.Register("Ann");
        for (var i = 0; i < 8; i++)
            await SignIn(ann.Email, "not the password at all");

        var reply = await SignIn(ann.Email, Scenario.Password);

        Assert.Equal((HttpStatusCode.Unauthorized, "auth.slow-down"), (reply.Status, reply.ErrorCode));
        Assert.Matches("Wait [0-9]+ seconds", reply.Json!["errors"]![0]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Register_WithAShortOrCommonPassword_IsRefused()
    {
        var shortOne = await Register(NewEmail(), "eleven char");
        var common = await Register(NewEmail(), "            ");
        Assert.Equal((HttpStatusCode.BadRequest, "password.too-short"), (shortOne.Status, shortOne.ErrorCode));
        Assert.Equal((HttpStatusCode.BadRequest, "password.too-common"), (common.Status, common.ErrorCode));
    }

    [Fact]
    public async Task SignIn_AliasedAThousandTimes_IsRefusedWhole_AndAliasedWithinTheCap_ChecksOnePassword()
    {
        var ann = await _scenario.Register("Ann");
        string Aliased(int count) => "mutation { " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: signIn(input: {{email: \"{ann.Email}\", password: \"wrong password {i}\"}}) {{ token }}")) + " }";

        var thousand = await app.GraphQL().Post(Aliased(1000));
        // Refused by the document limits before anything runs (which limit is the edge's business).
        Assert.Equal(HttpStatusCode.BadRequest, thousand.Status);
        Assert.StartsWith("graphql.", thousand.ErrorCode);

        var fifty = await app.GraphQL().Post(Aliased(50));
        var codes = fifty.Json!["errors"]!.AsArray().Select(e => e!["extensions"]!["code"]!.GetValue<string>()).ToList();
        Assert.Equal(1, codes.Count(c => c == "auth.invalid-credentials"));
        Assert.Equal(49, codes.Count(c => c == "auth.one-per-request"));
        (await SignIn(ann.Email, Scenario.Password)).ShouldSucceed();
    }

    [Fact]
    public async Task SignIn_InABatch_RunsOnlyTheFirst()
    {
        var ann = await _scenario.Register("Ann");
        var one = new { query = "mutation($i: SignInInput!) { signIn(input: $i) { token } }", variables = new { i = new { email = ann.Email, password = Scenario.Password } } };

        var reply = await app.GraphQL().Send(System.Text.Json.JsonSerializer.Serialize(Enumerable.Repeat(one, 10)));

        var results = reply.Json!.AsArray();
        Assert.NotNull(results[0]!["data"]!["signIn"]);
        Assert.All(results.Skip(1), r => Assert.Equal("auth.one-per-request", r!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TwoFactor_OnceOn_SignInNeedsACurrentCode_AndRefusesAWrongOne()
    {
        var ann = await _scenario.Register("Ann");
        var secret = (await ann.Api.Post("mutation { beginTwoFactor { secret authenticatorUri } }")).ShouldSucceed().Data!["beginTwoFactor"]!["secret"]!.GetValue<string>();
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var codes = (await ann.Api.Post("mutation($i: TwoFactorCodeInput!) { confirmTwoFactor(input: $i) { codes } }", new { i = new { code = totp.ComputeTotp() } }))
            .ShouldSucceed().Data!["confirmTwoFactor"]!["codes"]!.AsArray();

        var without = await SignIn(ann.Email, Scenario.Password);
        var wrong = await SignIn(ann.Email, Scenario.Password, "000000");
        var recovery = await SignIn(ann.Email, Scenario.Password, codes[0]!.GetValue<string>());
        var recoveryAgain = await SignIn(ann.Email, Scenario.Password, codes[0]!.GetValue<string>());

        Assert.Equal(10, codes.Count);
        Assert.Equal("auth.second-factor-required", without.ErrorCode);
        Assert.Equal("auth.second-factor-wrong", wrong.ErrorCode);
        recovery.ShouldSucceed();
        Assert.Equal("auth.second-factor-wrong", recoveryAgain.ErrorCode);
    }

    [Fact]
    public async Task AccountMutations_ForThePublic_AreRefused()
    {
        foreach (var query in new[] { "mutation { signOutEverywhere }", "mutation { beginTwoFactor { secret } }", "{ mySessions { id } }" })
            Assert.Equal("auth.required", (await app.GraphQL().Post(query)).ErrorCode);
    }

    private Task<Reply> Register(string email, string password = Scenario.Password) =>
        app.GraphQL().Post("mutation($i: RegisterInput!) { register(input: $i) { message } }",
            new { i = new { email, password, displayName = "Someone" } });

    private Task<Reply> Verify(string token) =>
        app.GraphQL().Post("mutation($i: VerifyEmailInput!) { verifyEmail(input: $i) { token } }", new { i = new { token } });

    private Task<Reply> RequestReset(string email) =>
        app.GraphQL().Post("mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) { message } }", new { i = new { email } });

    private Task<Reply> Reset(string token, string password) =>
        app.GraphQL().Post("mutation($i: ResetPasswordInput!) { resetPassword(input: $i) { token } }", new { i = new { token, password } });

    private Task<Reply> SignIn(string email, string password, string? code = null) =>
        app.GraphQL().Post("mutation($i: SignInInput!) { signIn(input: $i) { token person { id } } }",
            new { i = new { email, password, code } });
}
