using System.Text.RegularExpressions;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests;

/// <summary>Signs a page in through the real form, as a person would.</summary>
public static partial class SignIn
{
    public static async Task As(IPage page, string email, string password = Api.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        try
        {
            // Polls the address rather than waiting for a navigation event, which a redirect that
            // has already finished never fires. Hashing the password and first activations can be
            // slow on a busy 2-core machine, hence the long wait.
            await Assertions.Expect(page).Not.ToHaveURLAsync(OnSignInPage(), new() { Timeout = 30_000 });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            throw new TimeoutException($"Signing in as {email} did not leave the sign-in page; it shows: {await page.InnerTextAsync("main")}", e);
        }
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex OnSignInPage();
}
