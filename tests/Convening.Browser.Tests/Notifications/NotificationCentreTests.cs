using Convening.Browser.Tests.Gatherings;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Notifications;

[Collection(SecondBrowserCollection.Name)]
public sealed class NotificationCentreTests(BrowserFixture fixture)
{
    [Fact]
    public async Task HeaderCount_UpdatesLive_WhenAnotherPersonGivesAnAction_AndTheCentreIsAccessibleAt1280And320()
    {
        var api = new Api(new Uri(fixture.Server.Url));
        var asha = await api.Register("Asha Patel");
        var ben = await api.Register("Ben Okafor");
        var group = await api.Group(asha.Token, ben.Email, ben.Token);
        var gathering = (await api.Call(asha.Token, "mutation($i: PlanGatheringInput!) { planGathering(input: $i) { gathering { id } } }",
            new { i = new { groupId = group, title = "Monthly check-in", format = "ONLINE", joinUrl = "https://meet.example.org/n", minutes = 60, timeZone = "Europe/London" } }))
            ["planGathering"]!["gathering"]!["id"]!.GetValue<string>();
        var benPage = await Journey.SignedIn(fixture, ben.Email);
        await benPage.GotoAsync("/notifications");
        await Journey.Expect(benPage.Locator("html[data-notifications-live]")).ToHaveCountAsync(1);

        // Asha, in her own browser, gives Ben an action; Ben's open page hears of it.
        var ashaPage = await Journey.SignedIn(fixture, asha.Email);
        await ashaPage.GotoAsync($"/gatherings/{gathering}");
        await ashaPage.GetByLabel("What is to be done?").FillAsync("Ask the ILF for its numbers");
        await ashaPage.GetByLabel("Who will do it?").SelectOptionAsync(new SelectOptionValue { Label = "Ben Okafor" });
        await Journey.FillDate(ashaPage, "due", DateTime.UtcNow.AddDays(7));
        await Journey.Click(ashaPage, "Add the action");
        await Journey.Expect(benPage.Locator("[data-unread-count]")).ToHaveTextAsync(" (1 unread)");

        await benPage.ReloadAsync();
        await Journey.Expect(benPage.GetByRole(AriaRole.Main)).ToContainTextAsync("Ask the ILF for its numbers");
        await Axe.AssertNoViolations(benPage);
        await benPage.SetViewportSizeAsync(320, 640);
        await Axe.AssertNoViolations(benPage);
        Assert.True(await benPage.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await benPage.GotoAsync("/notifications/preferences");
        await Axe.AssertNoViolations(benPage);

    }
}
