using System.Net;
using Convening.Testing;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Accounts;

/// <summary>Moving an account to another address: proved from the new address, told to the old one, never a way to learn who is registered.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class EmailChangeTests(WebAppFixture app)
{
    private const string Change = "mutation($i: ChangeEmailInput!) { changeEmail(input: $i) { message } }";
    private const string Confirm = "mutation($i: ConfirmEmailChangeInput!) { confirmEmailChange(input: $i) { token person { id } } }";

    private readonly Scenario _scenario = new(app);

    private static string NewEmail() => $"moved-{Guid.NewGuid():N}@example.org";

    [Fact]
    public async Task ChangeEmail_TakesEffectOnlyFromTheNewAddressesLink_TellsTheOldOne_AndEndsEverySession()
    {
        var ann = await _scenario.Register("Ann");
        var otherToken = (await SignIn(ann.Email)).ShouldSucceed().Data!["signIn"]!["token"]!.GetValue<string>();
        var newEmail = NewEmail();

        (await ann.Api.Post(Change, new { i = new { newEmail, currentPassword = Scenario.Password } })).ShouldSucceed();

        var notice = await TestMail.Next(ann.Email, "Your Convening account's email address is being changed");
        Assert.DoesNotContain(newEmail, notice.TextBody);
        Assert.DoesNotContain("token=", notice.TextBody);
        var link = await TestMail.Next(newEmail, "Confirm your new email address");
        Assert.DoesNotContain(ann.Email, link.TextBody);
        // Until the link is followed, the old address is the account's.
        (await SignIn(ann.Email)).ShouldSucceed();
        Assert.Equal("auth.invalid-credentials", (await SignIn(newEmail)).ErrorCode);

        var moved = (await app.GraphQL().Post(Confirm, new { i = new { token = TestMail.Token(link) } })).ShouldSucceed();

        var token = moved.Data!["confirmEmailChange"]!["token"]!.GetValue<string>();
        var me = (await app.GraphQL(token).Post("{ me { id profile { email } } }")).ShouldSucceed().Data!["me"]!;
        Assert.Equal((ann.Id, newEmail), (me["id"]!.GetValue<string>(), me["profile"]!["email"]!.GetValue<string>()));
        Assert.Equal("auth.required", (await ann.Api.Post("{ mySessions { id } }")).ErrorCode);
        Assert.Equal("auth.required", (await app.GraphQL(otherToken).Post("{ mySessions { id } }")).ErrorCode);
        Assert.Equal("auth.invalid-credentials", (await SignIn(ann.Email)).ErrorCode);
        Assert.Equal(ann.Id, (await SignIn(newEmail)).ShouldSucceed().Data!["signIn"]!["person"]!["id"]!.GetValue<string>());
        var reused = await app.GraphQL().Post(Confirm, new { i = new { token = TestMail.Token(link) } });
        Assert.Equal((HttpStatusCode.Forbidden, "account.link-invalid"), (reused.Status, reused.ErrorCode));
    }

    [Fact]
    public async Task ChangeEmail_ToAnAddressWithAnAccount_AnswersTheSame_AndMailsItsOwnerInstead()
    {
        var (ann, bob) = (await _scenario.Register("Ann"), await _scenario.Register("Bob"));

        var taken = (await ann.Api.Post(Change, new { i = new { newEmail = bob.Email, currentPassword = Scenario.Password } })).ShouldSucceed();
        var free = (await ann.Api.Post(Change, new { i = new { newEmail = NewEmail(), currentPassword = Scenario.Password } })).ShouldSucceed();

        Assert.Equal(free.Json!.ToJsonString(), taken.Json!.ToJsonString());
        var note = await TestMail.Next(bob.Email, "Someone tried to use your email address");
        Assert.DoesNotContain("token=", note.TextBody);
        Assert.DoesNotContain(ann.Email, note.TextBody);
        await TestMail.Next(ann.Email, "Your Convening account's email address is being changed");
        (await SignIn(bob.Email)).ShouldSucceed();
        (await ann.Api.Post("{ mySessions { id } }")).ShouldSucceed();
    }

    [Fact]
    public async Task ChangeEmail_WithAWrongPassword_OrTheSameAddress_IsRefused_AndMailsNoOne()
    {
        var ann = await _scenario.Register("Ann");
        var newEmail = NewEmail();

        var wrong = await ann.Api.Post(Change, new { i = new { newEmail, currentPassword = "not the password at all" } });
        var same = await ann.Api.Post(Change, new { i = new { newEmail = ann.Email.ToUpperInvariant(), currentPassword = Scenario.Password } });
        var anonymous = await app.GraphQL().Post(Change, new { i = new { newEmail, currentPassword = Scenario.Password } });

        Assert.Equal((HttpStatusCode.BadRequest, "password.current-wrong"), (wrong.Status, wrong.ErrorCode));
        Assert.Equal((HttpStatusCode.BadRequest, "account.email-unchanged"), (same.Status, same.ErrorCode));
        Assert.Equal("auth.required", anonymous.ErrorCode);
        Assert.Empty(TestMail.All(newEmail));
        Assert.DoesNotContain(TestMail.All(ann.Email), m => (m.Subject ?? "").StartsWith("Your Convening account's email", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConfirmEmailChange_WhenTheNewAddressWasRegisteredMeanwhile_IsRefused_AndTheAccountStays()
    {
        var ann = await _scenario.Register("Ann");
        var newEmail = NewEmail();
        (await ann.Api.Post(Change, new { i = new { newEmail, currentPassword = Scenario.Password } })).ShouldSucceed();
        var link = await TestMail.Next(newEmail, "Confirm your new email address");
        var someoneElse = await _scenario.Register("Someone", newEmail);

        var moved = await app.GraphQL().Post(Confirm, new { i = new { token = TestMail.Token(link) } });

        Assert.Equal((HttpStatusCode.Conflict, "account.email-taken"), (moved.Status, moved.ErrorCode));
        (await ann.Api.Post("{ mySessions { id } }")).ShouldSucceed();
        Assert.Equal(someoneElse.Id, (await SignIn(newEmail)).ShouldSucceed().Data!["signIn"]!["person"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChangeEmailPages_WithoutJavaScript_RefuseAWrongPassword_ThenMoveTheAccountAndSignThisBrowserIn()
    {
        var ann = await _scenario.Register("Ann");
        var newEmail = NewEmail();
        using var browser = await FormClient.SignedIn(app.Url, ann);
        using var anonymous = new FormClient(app.Url);
        using var signInFirst = await anonymous.Get("/account/change-email");
        Assert.Equal(HttpStatusCode.Redirect, signInFirst.StatusCode);
        Assert.Contains("/account/sign-in", signInFirst.Headers.Location?.OriginalString);

        using var wrong = await browser.Post("/account/change-email", "/account/change-email", ("new-email", newEmail), ("current-password", "not the password at all"));
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Your current password is not right.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        using var asked = await browser.Post("/account/change-email", "/account/change-email", ("new-email", newEmail), ("current-password", Scenario.Password));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Check the new address", WebUtility.HtmlDecode(await browser.Text("/account/security")));
        var mail = await TestMail.Next(newEmail, "Confirm your new email address");

        using var moved = await browser.Post(new Uri(TestMail.Link(mail)).PathAndQuery, "/account/confirm-email", ("token", TestMail.Token(mail)));

        Assert.Equal("/account/security", moved.Headers.Location?.OriginalString);
        var security = WebUtility.HtmlDecode(await browser.Text("/account/security"));
        Assert.Contains($"You sign in with <strong class=\"app-break-anywhere\">{newEmail}</strong>", security);
        Assert.Contains("Your email address has changed", security);
    }

    private Task<Reply> SignIn(string email) =>
        app.GraphQL().Post("mutation($i: SignInInput!) { signIn(input: $i) { token person { id } } }",
            new { i = new { email, password = Scenario.Password } });
}
