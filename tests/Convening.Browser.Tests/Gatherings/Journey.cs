using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Gatherings;

/// <summary>Steps the gathering journeys share.</summary>
public static class Journey
{
    public static async Task<IPage> SignedIn(BrowserFixture fixture, string email, bool javaScript = true)
    {
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.Server.Url, JavaScriptEnabled = javaScript });
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Api.Password);
        await Click(page, "Sign in");
        try
        {
            // Hashing the password and first activations can be slow on a busy 2-core machine.
            await page.WaitForURLAsync(url => !url.Contains("sign-in"), new() { WaitUntil = WaitUntilState.Commit, Timeout = 30_000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"Signing in as {email} did not leave the sign-in page; it shows: {await page.InnerTextAsync("main")}", e);
        }
        return page;
    }

    public static Task Click(IPage page, string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public static async Task FillDate(IPage page, string id, DateTime date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString());
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString());
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString());
    }

    public static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
