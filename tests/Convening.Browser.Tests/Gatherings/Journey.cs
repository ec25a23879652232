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
        await SignIn.As(page, email);
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
