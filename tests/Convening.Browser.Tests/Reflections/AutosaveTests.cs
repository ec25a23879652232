using Microsoft.Playwright;
using static Convening.Browser.Tests.ConveningJourneyTests;

namespace Convening.Browser.Tests.Reflections;

[Collection(SecondBrowserCollection.Name)]
public sealed class AutosaveTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NewEntry_IsAutosavedAsADraft_AndTheButtonThenSavesOnTopOfIt()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var page = await fixture.NewPage();
        await SignUp(page, "Tom Reid", $"tom-{run}@example.org");
        await page.GotoAsync("/journal/write");

        await page.GetByLabel("Title").FillAsync($"Autosaved {run}");
        await page.GetByLabel("What?", new() { Exact = true }).FillAsync("Typed, never submitted.");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft saved at");
        await Axe.AssertNoViolations(page);

        var other = await page.Context.NewPageAsync();
        await other.GotoAsync("/journal");
        await Assertions.Expect(other.GetByRole(AriaRole.Link, new() { Name = $"Autosaved {run}" })).ToBeVisibleAsync();

        await page.GetByLabel("So what?", new() { Exact = true }).FillAsync("Then saved with the button.");
        await Click(page, "Save reflection");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Autosaved {run}");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Then saved with the button.");
        await other.ReloadAsync();
        Assert.Equal(1, await other.GetByRole(AriaRole.Link, new() { Name = $"Autosaved {run}" }).CountAsync());
    }
}
