using System.Text.RegularExpressions;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Gatherings;

/// <summary>A convenor plans a gathering from suggested times and runs it; a member replies and does their action. axe-core on every page.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class GatheringJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Convenor_PlansFromASuggestedTime_RecordsTheMeeting_AndTheMemberSeesTheirAction()
    {
        var api = new Api(new Uri(fixture.Server.Url));
        var asha = await api.Register("Asha Patel");
        var ben = await api.Register("Ben Okafor");
        var group = await api.Group(asha.Token, ben.Email, ben.Token);
        await Hours(api, asha.Token, "Asha Patel", "SOCIAL_CARE");
        await Hours(api, ben.Token, "Ben Okafor", "LIVED_EXPERIENCE");
        var away = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)).ToString("yyyy-MM-dd");
        await api.Call(ben.Token, "mutation($i: AddAbsenceInput!) { addAbsence(input: $i) { person { id } } }", new { i = new { from = away, to = away } });
        await api.Call(ben.Token, "mutation($i: SetDeputyInput!) { setDeputy(input: $i) { person { id } } }", new { i = new { name = "Dee Jones", contact = "dee@example.org" } });

        var convenor = await Journey.SignedIn(fixture, asha.Email);
        await convenor.GotoAsync($"/groups/{group}/gatherings");
        await Axe.AssertNoViolations(convenor);
        await convenor.GetByRole(AriaRole.Button, new() { Name = "Plan a gathering" }).ClickAsync();
        await Axe.AssertNoViolations(convenor);
        await convenor.GetByLabel("Title").FillAsync("Right to Control check-in");
        await convenor.GetByLabel("What is it for?").FillAsync("Agree **one** assessment");
        await convenor.GetByLabel("Hybrid").CheckAsync();
        await convenor.GetByLabel("Address (for meeting in person)").FillAsync("County Hall, Chelmsford");
        await convenor.GetByLabel("How long?").SelectOptionAsync("60");
        await Journey.Click(convenor, "Continue");

        await Journey.Expect(convenor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("When should it be?");
        await Journey.Expect(convenor.Locator("#start-item-hint")).ToContainTextAsync("2 of 2 can come");
        await convenor.GetByText("Who cannot come").IsVisibleAsync();
        await Axe.AssertNoViolations(convenor);
        await convenor.Locator("#start").CheckAsync();
        await Journey.Click(convenor, "Plan for this time");

        await Journey.Expect(convenor.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Right to Control check-in");
        await Journey.Expect(convenor.Locator(".govuk-notification-banner--success")).ToContainTextAsync("is planned for");
        await convenor.GetByLabel("Add an item").FillAsync("Who gets the savings?");
        await Journey.Click(convenor, "Add to the agenda");
        await convenor.GetByLabel("Your answer").FillAsync("Met the housing team at last");
        await Journey.Click(convenor, "Check in");
        await convenor.GetByLabel("Record a decision").FillAsync("Say 'person', not 'client'");
        await Journey.Click(convenor, "Record the decision");
        await Journey.Click(convenor, "Add the action");
        await Journey.Expect(convenor.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date it is due");
        await Axe.AssertNoViolations(convenor);
        await convenor.GetByLabel("What is to be done?").FillAsync("Cost the taxi journeys");
        await convenor.GetByLabel("Who will do it?").SelectOptionAsync(new SelectOptionValue { Label = "Ben Okafor" });
        await Journey.FillDate(convenor, "due", DateTime.UtcNow.AddDays(14));
        await Journey.Click(convenor, "Add the action");
        await Journey.Expect(convenor.Locator("#actions + table")).ToContainTextAsync("Cost the taxi journeys");
        await convenor.GetByRole(AriaRole.Link, new() { Name = "Write the notes" }).ClickAsync();
        await Axe.AssertNoViolations(convenor);
        await convenor.GetByLabel("Shared notes").FillAsync("## What we heard\n- Three assessments for one person");
        await Journey.Click(convenor, "Save the notes");
        await Journey.Expect(convenor.Locator(".app-markdown h2")).ToHaveTextAsync("What we heard");
        await Axe.AssertNoViolations(convenor);

        var member = await Journey.SignedIn(fixture, ben.Email);
        await member.GotoAsync("/");
        await Journey.Expect(member.Locator("#your-actions + table")).ToContainTextAsync("Cost the taxi journeys");
        await Axe.AssertNoViolations(member);
        await Journey.Click(member, "Done – Cost the taxi journeys");
        await Journey.Expect(member.GetByText("You have no actions to do.")).ToBeVisibleAsync();
        await member.GotoAsync(Regex.Match(convenor.Url, "/gatherings/[0-9a-f]{32}").Value);
        await member.GetByLabel("Yes, I’m coming").CheckAsync();
        await Journey.Click(member, "Save your reply");
        await Journey.Expect(member.GetByRole(AriaRole.Main)).ToContainTextAsync("1 coming, 0 maybe, 0 not coming");
        await Axe.AssertNoViolations(member);
    }

    private static Task Hours(Api api, string token, string name, string sector) =>
        api.Call(token, "mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { person { id } } }", new
        {
            i = new
            {
                displayName = name, sector, organisation = "",
                availability = new { timeZone = "Europe/London", windows = Enum.GetNames<DayOfWeek>().Select(d => new { day = d.ToUpperInvariant(), from = "00:00", to = "24:00" }).ToArray() },
            },
        });
}
