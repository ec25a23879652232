using System.Text.RegularExpressions;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Accounts;

/// <summary>
/// Passkeys in a real Chromium with its virtual authenticator (DevTools' WebAuthn domain): the
/// page's script, the browser's WebAuthn and the server's verification all run for real. The
/// site is reached as localhost, since a passkey cannot belong to a bare IP address.
/// </summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class PasskeyJourneyTests(BrowserFixture fixture)
{
    private Api Api => new(new Uri(fixture.Server.Url));

    [Fact]
    public async Task Passkey_AddedOnTheSecurityPage_SignsInAfterSigningOut_AndCanBeRemoved()
    {
        var (email, _) = await Api.Register("Dev Patel");
        var page = await PageWithAuthenticator();
        await SignIn.As(page, email);

        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.GetByText("You have no passkeys.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Manage your passkeys" }).ClickAsync();
        await Accessible(page);
        await page.GetByLabel("Name this passkey").FillAsync("Work laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Passkey added" })).ToBeVisibleAsync();
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());
        await Accessible(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        var remove = page.GetByRole(AriaRole.Button, new() { Name = "Remove passkey ‘Work laptop’" });
        await Assertions.Expect(remove).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Not yet" })).ToBeVisibleAsync();
        await Accessible(page);

        await SignOut(page);
        // With a passkey, the password alone is not enough: the second step asks for the passkey.
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Api.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Use your passkey", Exact = true })).ToBeVisibleAsync();
        await Accessible(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Use your passkey" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPage(), new() { Timeout = 30_000 });
        await SignOut(page);

        await page.GotoAsync("/account/sign-in");
        await Accessible(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(SignInPage(), new() { Timeout = 30_000 });

        await page.GotoAsync("/account/passkeys");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Not yet" })).ToHaveCountAsync(0);
        await remove.ClickAsync();
        await Assertions.Expect(page.GetByText("You have no passkeys.")).ToBeVisibleAsync();
        await SignOut(page);
        await page.GotoAsync("/account/sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await Assertions.Expect(page.GetByText("That passkey is not one this account knows, or it was removed")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_ThePagesSayPasskeysNeedIt_AndThePasswordStillSignsIn()
    {
        var (email, _) = await Api.Register("Esme Clarke");
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = Localhost, JavaScriptEnabled = false });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/account/sign-in");
        await Assertions.Expect(page.GetByText("Signing in with a passkey needs JavaScript")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" })).ToBeHiddenAsync();
        await SignIn.As(page, email);
        await page.GotoAsync("/account/passkeys");
        await Assertions.Expect(page.GetByText("Adding and using passkeys needs JavaScript")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" })).ToBeHiddenAsync();
    }

    private static async Task SignOut(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    private string Localhost => $"http://localhost:{fixture.Server.Port}";

    /// <summary>A page whose browser has a platform authenticator that holds passkeys and verifies its user without asking.</summary>
    private async Task<IPage> PageWithAuthenticator()
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = Localhost });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var devtools = await context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable", new Dictionary<string, object> { ["enableUI"] = false });
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        return page;
    }

    /// <summary>axe-core finds nothing at full width, and at 320 px the page reflows without sideways scrolling.</summary>
    private static async Task Accessible(IPage page)
    {
        await Axe.AssertNoViolations(page);
        await page.SetViewportSizeAsync(320, 800);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 320"), $"{page.Url} scrolls sideways at 320 px");
        await Axe.AssertNoViolations(page);
        await page.SetViewportSizeAsync(1280, 720);
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignInPage();
}
