using Microsoft.Playwright;

namespace Convening.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SignUpTests(BrowserFixture fixture)
{
    [Fact]
    public async Task SignUp_WithShortPassword_ShowsAccessibleErrors()
    {
        var page = await fixture.NewPage();
        await page.GotoAsync("/account/sign-up");
        await Axe.AssertNoViolations(page);

        await page.GetByLabel("Your name").FillAsync("Priya");
        await page.GetByLabel("Email address").FillAsync($"priya-{Guid.NewGuid():N}@example.org");
        await page.GetByLabel("Create a password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(summary).ToContainTextAsync("at least 12 characters");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await Axe.AssertNoViolations(page);
    }
}
