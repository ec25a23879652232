using System.Text.RegularExpressions;
using Convening.Testing;
using Microsoft.Playwright;
using OtpNet;

namespace Convening.Browser.Tests.Accounts;

/// <summary>People verifying their address, resetting a password and using a second factor, with mail read from the real test SMTP server.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class AccountJourneyTests(BrowserFixture fixture)
{
    private const string NewPassword = "a fresh and lengthy passphrase";

    private Api Api => new(new Uri(fixture.Server.Url));

    [Fact]
    public async Task SignUp_ReadTheEmail_Verify_ThenAcceptAnInvitation()
    {
        var (_, convenor) = await Api.Register("Amara Okafor");
        var groupId = await Api.Group(convenor);
        var email = $"priya-{Guid.NewGuid():N}@example.org";
        await Api.Call(convenor, "mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }", new { i = new { groupId, email } });
        var page = await fixture.NewPage();

        await page.GotoAsync("/account/sign-up");
        await page.GetByLabel("Your name").FillAsync("Priya Shah");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync(Api.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await Accessible(page);

        var mail = await TestMail.Next(email, "Confirm");
        Assert.DoesNotContain("Priya", mail.TextBody);
        await page.GotoAsync(TestMail.Link(mail));
        await Accessible(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my email address" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Amara Okafor invited you to join Young people's group" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Young people's group" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ForgotPassword_ResetFromTheEmail_SignsOutTheOtherBrowsers()
    {
        var (email, _) = await Api.Register("Ben Hollis");
        var old = await fixture.NewPage();
        await SignIn.As(old, email);
        var page = await fixture.NewPage();

        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgotten your password?" }).ClickAsync();
        await Accessible(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await page.GotoAsync(TestMail.Link(await TestMail.Next(email, "Reset your")));
        await Accessible(page);
        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your password has been changed")).ToBeVisibleAsync();

        await old.GotoAsync("/account/security");
        await Assertions.Expect(old).ToHaveURLAsync(SignInPage());
        await SignIn.As(old, email, NewPassword);
    }

    [Fact]
    public async Task TwoFactor_SetUp_ThenSignIn_WithAComputedCode_AndWithARecoveryCode()
    {
        var (email, _) = await Api.Register("Claire Whitmore");
        var page = await fixture.NewPage();
        await SignIn.As(page, email);

        await page.GotoAsync("/account/security");
        await Accessible(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up two-step sign-in" }).ClickAsync();
        await Accessible(page);
        var totp = new Totp(Base32Encoding.ToBytes(await page.Locator("#authenticator-key").InnerTextAsync()));
        await page.GetByLabel("Code from the app").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        var recovery = await page.Locator("#recovery-codes code").AllInnerTextsAsync();
        Assert.Equal(10, recovery.Count);
        await Accessible(page);

        // The next time step's code: the current one was spent turning two-step sign-in on.
        var next = totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30));
        await SignInWithCode(email, next);
        await SignInWithCode(email, recovery[0]);
    }

    [Fact]
    public async Task Sessions_ListTheDevices_AndSignOutEverywhere_EndsThemAll()
    {
        var (email, token) = await Api.Register("Dev Sharma");
        var page = await fixture.NewPage();
        await SignIn.As(page, email);

        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Chrome on Linux (this browser)" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SignInPage());
        await Assertions.Expect(page.GetByText("You have been signed out everywhere")).ToBeVisibleAsync();
        var me = await Api.Call(token, "{ me { id } }");
        Assert.Null(me["me"]);
    }

    [Fact]
    public async Task ChangeEmail_ConfirmFromTheNewAddress_SignsInWithIt_AndTheOldBrowserIsSignedOut()
    {
        var (email, _) = await Api.Register("Efe Adeyemi");
        var newEmail = $"efe-new-{Guid.NewGuid():N}@example.org";
        var old = await fixture.NewPage();
        await SignIn.As(old, email);
        var page = await fixture.NewPage();
        await SignIn.As(page, email);

        await page.GotoAsync("/account/security");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change your email address" }).ClickAsync();
        await Accessible(page);
        await page.GetByLabel("New email address").FillAsync(newEmail);
        await page.GetByLabel("Your current password").FillAsync("not my password at all");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Your current password is not right." })).ToBeVisibleAsync();
        await Accessible(page);
        await page.GetByLabel("Your current password").FillAsync(Api.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Check your new address's email")).ToBeVisibleAsync();
        await TestMail.Next(email, "Your Convening account's email address is being changed");

        await page.GotoAsync(TestMail.Link(await TestMail.Next(newEmail, "Confirm your new email address")));
        await Accessible(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my new email address" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Your email address has changed")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText($"You sign in with {newEmail}.")).ToBeVisibleAsync();
        await old.GotoAsync("/account/security");
        await Assertions.Expect(old).ToHaveURLAsync(SignInPage());
    }

    private async Task SignInWithCode(string email, string code)
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Api.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your code" })).ToBeVisibleAsync();
        await Accessible(page);
        await page.GetByLabel("Code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPage(), new() { Timeout = 30_000 });
        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.GetByText("Two-step sign-in is on")).ToBeVisibleAsync();
    }

    /// <summary>axe-core finds nothing at full width, and at 320 px the page reflows without sideways scrolling.</summary>
    private static async Task Accessible(IPage page)
    {
        await Axe.AssertNoViolations(page);
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(320, 800);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), $"{page.Url} scrolls sideways at 320 px");
        await Axe.AssertNoViolations(page);
        await page.SetViewportSizeAsync(size?.Width ?? 1280, size?.Height ?? 720);
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignInPage();
}
