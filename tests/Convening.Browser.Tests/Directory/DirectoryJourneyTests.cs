using Convening.Testing;
using Microsoft.Playwright;
using static Convening.Browser.Tests.Gatherings.Journey;

namespace Convening.Browser.Tests.OrganisationDirectory;

/// <summary>An organisation joins the directory, a moderator publishes it, and a visitor finds it. axe-core on every page.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class DirectoryJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Organisation_SubmitsAndFixesAMistake_AModeratorPublishes_AndAVisitorWithoutJavaScriptFindsIt()
    {
        var world = new DirectoryWorld(fixture);
        var asha = await world.Api.Register("Asha Patel");
        var (slug, placeName) = await world.Place(asha.Token, "Northfield");
        var word = "kestrel" + Guid.NewGuid().ToString("N")[..6];
        var name = $"{word} coaching";
        await world.PublishedEntry(asha.Token, slug, $"{word} befriending");

        var page = await SignedIn(fixture, asha.Email);
        await page.GotoAsync("/directory");
        await Axe.AssertNoViolations(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add your organisation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Add your organisation to the directory");
        await Axe.AssertNoViolations(page);
        await page.GetByLabel("Name of the organisation").FillAsync(name);
        await page.GetByLabel("Social enterprise", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("What does it do?").FillAsync("Coaching for young people, **led by them**.");
        await page.GetByLabel(placeName, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Employment", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Young people", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Name of the service").FillAsync("Person-led coaching");
        await page.GetByLabel("How do people get it?").FillAsync("Refer yourself.");
        await page.GetByLabel("Address", new() { Exact = true }).FillAsync("Byron Square");
        await page.GetByLabel("Town or city").FillAsync("Aberdeen");
        await page.GetByLabel("Postcode").FillAsync("NORTHFIELD");
        await page.GetByLabel("Person-led coaching", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Person-led coaching: what do you do in practice?").FillAsync("The young person sets the goals and the pace.");
        foreach (var statement in new[] { "own-strengths", "relationships-context", "co-produce", "services-change" })
            await page.Locator($"input[name='assessment[{statement}]'][value='Mostly']").CheckAsync();
        await Click(page, "Send for review");

        await Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a real postcode");
        await Expect(page.GetByLabel("Town or city")).ToHaveValueAsync("Aberdeen");
        await Axe.AssertNoViolations(page);
        await page.Locator(".govuk-error-summary a").First.ClickAsync();
        await Expect(page.GetByLabel("Postcode")).ToBeFocusedAsync();
        await page.GetByLabel("Postcode").FillAsync("AB16 7LL");
        await Click(page, "Send for review");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your entry has been sent for review");
        await Expect(page.Locator("#review-status")).ToContainTextAsync("Waiting for review");
        await Axe.AssertNoViolations(page);

        await world.ModeratorToken();
        var moderator = await SignedIn(fixture, TestModerator.Email);
        await moderator.GotoAsync("/directory");
        await moderator.GetByRole(AriaRole.Link, new() { Name = "Entries waiting for review" }).ClickAsync();
        await Axe.AssertNoViolations(moderator);
        await moderator.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Axe.AssertNoViolations(moderator);
        await moderator.GetByLabel("Publish it").CheckAsync();
        await Click(moderator, "Save decision");
        await Expect(moderator.Locator(".govuk-notification-banner--success")).ToContainTextAsync($"{name} is published in the directory");

        var visitor = await world.Visitor(javaScript: false);
        await visitor.GotoAsync("/directory");
        await visitor.GetByLabel("Search the directory").FillAsync(word);
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(visitor.Locator("#results")).ToHaveTextAsync("2 organisations");
        await visitor.GetByLabel("Person-led coaching (1)").CheckAsync();
        await visitor.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(visitor.Locator("#results")).ToHaveTextAsync("1 organisation");
        await Expect(visitor.Locator("#result-list")).Not.ToContainTextAsync("befriending");
        await AccessibleWithJavaScript(world, visitor.Url);
        await visitor.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(visitor.Locator(".app-markdown strong")).ToHaveTextAsync("led by them");
        await Expect(visitor.GetByRole(AriaRole.Main)).ToContainTextAsync("AB16 7LL");
        await Expect(visitor.Locator("#review-status")).ToHaveCountAsync(0);
        await AccessibleWithJavaScript(world, visitor.Url);
        await visitor.GetByRole(AriaRole.Link, new() { Name = placeName }).ClickAsync();
        await Expect(visitor.Locator("#organisations")).ToContainTextAsync(name);
        await AccessibleWithJavaScript(world, visitor.Url);
    }

    [Fact]
    public async Task Editor_ChangesAPublishedEntry_WhileItStaysPublic_AndSomeoneInAGroupEndorsesIt()
    {
        var world = new DirectoryWorld(fixture);
        var ed = await world.Api.Register("Ed Amos");
        var gita = await world.Api.Register("Gita Rao");
        // Her group vouches for her because someone else convened it (a group of one's own would not).
        var sam = await world.Api.Register("Sam Okafor");
        await world.Api.Group(sam.Token, gita.Email, gita.Token);
        var (slug, _) = await world.Place(ed.Token, "Essex");
        var name = "Harbour coaching " + Guid.NewGuid().ToString("N")[..6];
        var id = await world.PublishedEntry(ed.Token, slug, name);

        var editor = await SignedIn(fixture, ed.Email);
        await editor.GotoAsync($"/directory/organisations/{id}");
        await Expect(editor.Locator("#review-status")).ToContainTextAsync("Published");
        await editor.GetByRole(AriaRole.Link, new() { Name = $"Change the entry for {name}" }).ClickAsync();
        await Axe.AssertNoViolations(editor);
        await editor.GetByLabel("Name of the organisation").FillAsync(name + " and mentoring");
        await Click(editor, "Add another service");
        await Expect(editor.GetByRole(AriaRole.Group, new() { Name = "Service 2" })).ToBeVisibleAsync();
        await Expect(editor.GetByLabel("Name of the organisation")).ToHaveValueAsync(name + " and mentoring");
        await Axe.AssertNoViolations(editor);
        await Click(editor, "Send for review");
        await Expect(editor.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your changes have been sent for review");
        await Expect(editor.Locator("#review-status")).ToContainTextAsync("Published, with a change waiting for review");
        await Expect(editor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name + " and mentoring");
        await Expect(editor.GetByRole(AriaRole.Button, new() { Name = "Endorse Co-production" })).ToHaveCountAsync(0);
        await Axe.AssertNoViolations(editor);

        var endorser = await SignedIn(fixture, gita.Email);
        await endorser.GotoAsync($"/directory/organisations/{id}");
        await Expect(endorser.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await endorser.GetByRole(AriaRole.Button, new() { Name = "Endorse Co-production" }).ClickAsync();
        await Expect(endorser.Locator(".govuk-notification-banner--success")).ToContainTextAsync("your endorsement is shown");
        await Expect(endorser.Locator("#approach-co-production")).ToContainTextAsync("Gita Rao");
        await Expect(endorser.GetByRole(AriaRole.Button, new() { Name = "Take back your endorsement Co-production" })).ToBeVisibleAsync();
        await Axe.AssertNoViolations(endorser);
    }

    /// <summary>axe-core needs scripts, so pages seen without JavaScript are checked again in a browser with it.</summary>
    private static async Task AccessibleWithJavaScript(DirectoryWorld world, string url)
    {
        var page = await world.Visitor(javaScript: true);
        await page.GotoAsync(url);
        await Axe.AssertNoViolations(page);
        await page.Context.CloseAsync();
    }
}
