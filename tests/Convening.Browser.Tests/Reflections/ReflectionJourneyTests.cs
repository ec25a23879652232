using Microsoft.Playwright;
using static Convening.Browser.Tests.ConveningJourneyTests;

namespace Convening.Browser.Tests.Reflections;

/// <summary>A practitioner reflects, shares with their group, and a principle is distilled and published; axe-clean throughout.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class ReflectionJourneyTests(BrowserFixture fixture)
{
    private const string Hostile =
        "<script>window.__pwned = 1</script> <img src=x onerror=\"window.__pwned = 1\"> " +
        "[click me](javascript:window.__pwned=1) [also](JaVaScRiPt&#58;window.__pwned=1) **bold**";

    [Fact]
    public async Task Practitioner_Reflects_Shares_AndAPrincipleIsPublished_WithNoScriptRunFromMarkdown()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var page = await fixture.NewPage();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await SignUp(page, "Priya Shah", $"priya-{run}@example.org");
        await page.GotoAsync("/places/new");
        await page.GetByLabel("Name of the place").FillAsync($"Lincolnshire {run}");
        await Click(page, "Create place");
        await page.GetByLabel("Name of the group").FillAsync("Strengths-based practice");
        await Click(page, "Convene group");

        await page.GetByRole(AriaRole.Link, new() { Name = "Your journal" }).ClickAsync();
        await Axe.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Write a reflection" }).ClickAsync();
        await Axe.AssertNoViolations(page);
        await page.GetByLabel("Title").FillAsync("The panel that listened");
        await page.GetByLabel("What?", new() { Exact = true }).FillAsync(Hostile);
        await page.GetByLabel("So what?", new() { Exact = true }).FillAsync("People trust us when we ask first.");
        await page.GetByLabel("Themes (optional)").FillAsync("housing, trust");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Shared with a group" }).CheckAsync();
        await Click(page, "Save reflection");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The panel that listened");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("<script>window.__pwned = 1</script>");
        await Expect(page.Locator("main strong", new() { HasText = "bold" })).ToBeVisibleAsync();
        // The unsafe links keep their words but lose their targets: no link may lead off to script.
        Assert.Empty(await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main a[href]')].map(a => a.protocol).filter(p => !['http:', 'https:', 'mailto:'].includes(p))"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
        Assert.Equal(0, dialogs);
        await Axe.AssertNoViolations(page);
        var entryUrl = page.Url;

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("The panel that really listened");
        await Click(page, "Save reflection");
        await page.GetByText("Earlier versions (1)").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Version 1: The panel that listened");
        await Axe.AssertNoViolations(page);

        await page.GotoAsync($"/places/lincolnshire-{run}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Strengths-based practice" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Reflections shared with this group, and their themes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("The panel that really listened");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("fewer than 5");
        await Axe.AssertNoViolations(page);

        await page.GotoAsync($"/places/lincolnshire-{run}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Draft a principle" }).ClickAsync();
        await Axe.AssertNoViolations(page);
        await page.GetByLabel("Statement").FillAsync($"Ask what matters first {run}");
        await page.GetByLabel("Evidence (optional)").FillAsync(entryUrl);
        await Click(page, "Save draft");
        await Click(page, "Publish to the library");
        await Expect(page.GetByLabel("Lineage as a tree")).ToContainTextAsync($"Lincolnshire {run}");
        await Axe.AssertNoViolations(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Principles", Exact = true }).ClickAsync();
        await page.GetByLabel("Words").FillAsync(run);
        await Click(page, "Search");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Ask what matters first {run}" })).ToBeVisibleAsync();
        await Axe.AssertNoViolations(page);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"));
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
