using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Gatherings;

[Collection(BrowserCollection.Name)]
public sealed class GatheringFormsTests(BrowserFixture fixture)
{
    [Fact]
    public async Task WithoutJavaScript_AConvenorPlansAtATimeOfTheirOwn_AndAgreesAnAction()
    {
        var api = new Api(new Uri(fixture.Server.Url));
        var asha = await api.Register("Asha Patel");
        var group = await api.Group(asha.Token);
        var page = await Journey.SignedIn(fixture, asha.Email, javaScript: false);
        var day = DateTime.UtcNow.AddDays(10);

        await page.GotoAsync($"/groups/{group}/gatherings/new");
        await page.GetByLabel("Title").FillAsync("Housing and health");
        await page.GetByLabel("Online", new() { Exact = true }).CheckAsync();
        await Journey.Click(page, "Continue");
        await Journey.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("No time in the next 4 weeks suits anyone");
        await page.GetByLabel("Another time").CheckAsync();
        await Journey.FillDate(page, "date", day);
        await page.GetByLabel("Start time").FillAsync("25:00");
        await Journey.Click(page, "Plan for this time");
        await Journey.Expect(page.Locator("#time-error")).ToContainTextAsync("like 09:30");
        await page.GetByLabel("Start time").FillAsync("14:30");
        await Journey.Click(page, "Plan for this time");

        await Journey.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"{day:dddd d MMMM yyyy}, 14:30 to 16:00");
        await page.GetByLabel("What is to be done?").FillAsync("Ask the ILF for its numbers");
        await Journey.FillDate(page, "due", day.AddDays(7));
        await Journey.Click(page, "Add the action");
        await page.GotoAsync("/");
        await Journey.Expect(page.Locator("#your-actions + table")).ToContainTextAsync("Ask the ILF for its numbers");
    }

    [Fact]
    public async Task Profile_AbsenceDeputyAndCalendarFeed_AndAgencyHours_AreAccessible()
    {
        var api = new Api(new Uri(fixture.Server.Url));
        var asha = await api.Register("Asha Patel");
        var group = await api.Group(asha.Token);
        var page = await Journey.SignedIn(fixture, asha.Email);
        var from = DateTime.UtcNow.AddDays(20);

        await page.GotoAsync("/profile");
        await Journey.FillDate(page, "away-from", from);
        await Journey.FillDate(page, "away-to", from.AddDays(-2));
        await Journey.Click(page, "Add the absence");
        await Journey.Expect(page.Locator("#away-to-error")).ToContainTextAsync("on or after the first");
        await Axe.AssertNoViolations(page);
        await Journey.FillDate(page, "away-to", from.AddDays(4));
        await Journey.Click(page, "Add the absence");
        await Journey.Expect(page.Locator("#away + p + ul")).ToContainTextAsync($"{from:d MMMM yyyy} to");
        await page.GetByLabel("Their name").FillAsync("Dee Jones");
        await page.GetByLabel("Their email address or phone number").FillAsync("dee@example.org");
        await Journey.Click(page, "Save your deputy");
        await Journey.Click(page, "Get a calendar feed");
        var feed = await page.Locator("#calendar-feed").InnerTextAsync();
        Assert.Matches($@"^{fixture.Server.Url}/calendar/[0-9a-f]{{32}}\.[A-Za-z0-9_-]{{43}}\.ics$", feed.Trim());
        await Axe.AssertNoViolations(page);

        await page.GotoAsync($"/groups/{group}/agency-hours");
        await page.GetByLabel("Agency").FillAsync("Essex County Council");
        await page.GetByLabel("Monday").FillAsync("08:30-17:00");
        await page.GetByLabel("Tuesday").FillAsync("17:00-08:30");
        await Journey.Click(page, "Save the hours");
        await Journey.Expect(page.Locator("#hours-tuesday-error")).ToContainTextAsync("ends before it starts");
        await Axe.AssertNoViolations(page);
        await page.GetByLabel("Tuesday").FillAsync("");
        await Journey.Click(page, "Save the hours");
        await Journey.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("Monday: 08:30 to 17:00");
        await Axe.AssertNoViolations(page);
    }
}
