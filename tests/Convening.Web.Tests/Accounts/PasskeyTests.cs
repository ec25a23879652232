using System.Net;
using Convening.Testing;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Accounts;

[Collection(SecondWebCollection.Name)]
public sealed class PasskeyTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task AddPasskey_ThenSignInWithIt_GivesATokenForThatPerson_AndThePasswordAloneNoLongerSignsIn()
    {
        var asha = await _scenario.Register("Asha");

        var (key, added) = await PasskeyApi.Add(asha);
        var signedIn = await PasskeyApi.SignIn(app, key);

        added.ShouldSucceed();
        Assert.Equal(10, added.Data!["addPasskey"]!["recoveryCodes"]!.AsArray().Count);
        Assert.Equal([key.CredentialIdText], await PasskeyApi.Ids(asha));
        var token = signedIn.ShouldSucceed().Data!["signInWithPasskey"]!["token"]!.GetValue<string>();
        var me = (await app.GraphQL(token).Post("{ me { id } }")).ShouldSucceed();
        Assert.Equal(asha.Id, me.Data!["me"]!["id"]!.GetValue<string>());
        var password = await app.GraphQL().Post("mutation($i: SignInInput!) { signIn(input: $i) { token } }", new { i = new { email = asha.Email, password = Scenario.Password } });
        Assert.Equal("auth.second-factor-required", password.ErrorCode);
    }

    [Fact]
    public async Task PasskeyFields_WhenNotSignedIn_AreRefused()
    {
        var anonymous = app.GraphQL();

        Assert.Equal("auth.required", (await anonymous.Post("{ myPasskeys { id } }")).ErrorCode);
        Assert.Equal("auth.required", (await anonymous.Post("mutation { beginPasskey }")).ErrorCode);
        Assert.Equal("auth.required", (await anonymous.Post("mutation($i: RemovePasskeyInput!) { removePasskey(input: $i) }", new { i = new { id = "x" } })).ErrorCode);
    }

    [Fact]
    public async Task RemovingSomeoneElsesPasskey_FindsNothing_AndTheirsStillSignsIn()
    {
        var asha = await _scenario.Register("Asha");
        var mallory = await _scenario.Register("Mallory");
        var (key, _) = await PasskeyApi.Add(asha);

        var removed = await mallory.Api.Post("mutation($i: RemovePasskeyInput!) { removePasskey(input: $i) }", new { i = new { id = key.CredentialIdText } });

        Assert.Equal((HttpStatusCode.NotFound, "passkey.not-found"), (removed.Status, removed.ErrorCode));
        Assert.Empty(await PasskeyApi.Ids(mallory));
        (await PasskeyApi.SignIn(app, key)).ShouldSucceed();
    }

    [Fact]
    public async Task SignIn_WithAReplayedAnswerOrACopiedKey_IsRefusedWithAStableCode()
    {
        var asha = await _scenario.Register("Asha");
        var (key, _) = await PasskeyApi.Add(asha);
        var start = (await app.GraphQL().Post("mutation { beginPasskeySignIn { ceremony options } }")).ShouldSucceed().Data!["beginPasskeySignIn"]!;
        var input = new { i = new { ceremony = start["ceremony"]!.GetValue<string>(), credential = key.Get(start["options"]!.GetValue<string>()) } };
        const string SignIn = "mutation($i: SignInWithPasskeyInput!) { signInWithPasskey(input: $i) { token } }";
        (await app.GraphQL().Post(SignIn, input)).ShouldSucceed();

        var replayed = await app.GraphQL().Post(SignIn, input);
        key.Counter = 1;
        var copied = await PasskeyApi.SignIn(app, key);

        Assert.Equal((HttpStatusCode.Unauthorized, "passkey.challenge-expired"), (replayed.Status, replayed.ErrorCode));
        Assert.Equal((HttpStatusCode.Unauthorized, "passkey.counter-replayed"), (copied.Status, copied.ErrorCode));
    }

    [Fact]
    public async Task SignInPage_WithAPasskeyOfAnotherAccountAtTheSecondStep_IsRefused_AndStartsNoSession()
    {
        var asha = await _scenario.Register("Asha");
        var mallory = await _scenario.Register("Mallory");
        await PasskeyApi.Add(asha);
        var (malloryKey, _) = await PasskeyApi.Add(mallory);
        using var browser = new FormClient(app.Url);
        using var first = await browser.Post("/account/sign-in", "/account/sign-in", ("email", asha.Email), ("password", Scenario.Password));
        var pending = FormClient.HiddenValue(await first.Content.ReadAsStringAsync(), "pending");

        var start = await browser.PostJson("/account/sign-in", "/account/sign-in?handler=PasskeyBegin");
        using var second = await browser.Post("/account/sign-in", "/account/sign-in?handler=Passkey",
            ("pending", pending), ("ceremony", start["ceremony"]!.GetValue<string>()), ("credential", malloryKey.Get(start["options"]!.ToJsonString())));

        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Contains("That passkey belongs to another account", await second.Content.ReadAsStringAsync());
        var sessions = (await mallory.Api.Post("{ mySessions { id } }")).ShouldSucceed().Data!["mySessions"]!.AsArray();
        Assert.Single(sessions);
    }
}
