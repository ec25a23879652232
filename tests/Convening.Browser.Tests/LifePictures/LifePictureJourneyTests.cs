using System.Text.RegularExpressions;
using Convening.Browser.Tests.Gatherings;
using Convening.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.LifePictures;

/// <summary>
/// Life pictures in Chromium: a steward sets up funding and appoints a commissioner, a practitioner
/// records a picture on the task list, makes a support plan with the person and gives them their
/// code, the person claims and sees it; the commissioner (the steward, appointed) sees the totals with
/// small figures hidden, compares streams in a Venn and downloads its CSV; every new page is axe-core
/// clean at 1280 and 320 px with no sideways scroll.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LifePictureJourneyTests(BrowserFixture fixture)
{
    private const string Words = "Walking the sea wall at Mersea with my dog";

    [Fact]
    public async Task StewardPractitionerAndPerson_UseTheLifePicturePages_AndEachPageIsAccessibleAt1280And320()
    {
        var api = new Api(new Uri(fixture.Server.Url));
        var ada = await api.Register("Ada Steward");
        var ben = await api.Register("Ben Practitioner");
        var cara = await api.Register("Cara Person");
        var slug = (await api.Call(ada.Token, "mutation { createPlace(input: {name: \"Tendring " + Guid.NewGuid().ToString("N")[..6] + "\"}) { place { slug } } }"))
            ["createPlace"]!["place"]!["slug"]!.GetValue<string>();
        var groupId = (await api.Call(ada.Token, "mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }",
            new { i = new { placeSlug = slug, name = "Good lives practitioners" } }))["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
        var code = (await api.Call(ada.Token, "mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }", new { i = new { groupId, email = ben.Email } }))
            ["invite"]!["invitation"]!["code"]!.GetValue<string>();
        await api.Call(ben.Token, "mutation($i: InvitationCodeInput!) { acceptInvitation(input: $i) { group { id } } }", new { i = new { code } });

        var steward = await Journey.SignedIn(fixture, ada.Email);
        await steward.GotoAsync($"/places/{slug}/funding");
        await Journey.Click(steward, "Use the six Right to Control streams");
        await Journey.Expect(steward.GetByRole(AriaRole.Main)).ToContainTextAsync("Taxi to work and back");
        await Check(steward, "funding");
        await steward.GotoAsync($"/places/{slug}/commissioners");
        await steward.GetByLabel("Person to appoint").SelectOptionAsync(new SelectOptionValue { Label = "Ada Steward" });
        await Journey.Click(steward, "Appoint as a commissioner");
        await Journey.Expect(steward.Locator("#commissioner-list")).ToContainTextAsync("Ada Steward");
        await Check(steward, "commissioners");

        var practitioner = await Journey.SignedIn(fixture, ben.Email);
        await practitioner.GotoAsync("/life-pictures/new");
        await Journey.Click(practitioner, "Continue");
        await Journey.Expect(practitioner.GetByRole(AriaRole.Main)).ToContainTextAsync("Cannot start yet");
        await Check(practitioner, "task-list-new");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Consent" }).ClickAsync();
        await Journey.Click(practitioner, "Save and go back to the task list");
        await Journey.Expect(practitioner.Locator(".govuk-error-summary")).ToContainTextAsync("Tick the box");
        await Check(practitioner, "consent-error");
        await practitioner.GetByLabel("They agreed to this picture being recorded and shared with me").CheckAsync();
        await practitioner.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Journey.Click(practitioner, "Save and go back to the task list");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "What matters to them, in their words" }).ClickAsync();
        await practitioner.GetByLabel("The name they like to be known by").FillAsync("Dev");
        await practitioner.GetByLabel("What matters to the person, in their words").FillAsync(Words);
        await Journey.Click(practitioner, "Save and go back to the task list");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Getting about" }).ClickAsync();
        await practitioner.GetByLabel("What they want here: their goals").FillAsync("Get to work on my own");
        await practitioner.GetByLabel("Partly").CheckAsync();
        await Check(practitioner, "area");
        await Journey.Click(practitioner, "Save and go back to the task list");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Funding streams they draw on" }).ClickAsync();
        await practitioner.GetByLabel("Access to Work").CheckAsync();
        await Journey.Click(practitioner, "Save and go back to the task list");
        await Check(practitioner, "task-list");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Check your answers" }).ClickAsync();
        await Journey.Expect(practitioner.GetByRole(AriaRole.Main)).ToContainTextAsync(Words);
        await Check(practitioner, "check-answers");
        await Journey.Click(practitioner, "Record the picture");
        await Journey.Expect(practitioner.GetByRole(AriaRole.Main)).ToContainTextAsync("Recorded the picture");
        await Check(practitioner, "picture");
        var pictureUrl = practitioner.Url;
        await MakeAPlan(practitioner, pictureUrl);
        await ReadTheAgreedVersion(practitioner, pictureUrl);
        await practitioner.GotoAsync(pictureUrl);
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Who can see it, and the person's code" }).ClickAsync();
        await Journey.Click(practitioner, "Make a code for Dev");
        var secret = await practitioner.Locator("#claim-code").InnerTextAsync();
        await Check(practitioner, "share");

        var person = await Journey.SignedIn(fixture, cara.Email);
        await person.GotoAsync(pictureUrl + "/claim");
        await Check(person, "claim");
        await person.GetByLabel("Your code").FillAsync(secret);
        await Journey.Click(person, "Link the picture to my account");
        await Journey.Expect(person.GetByRole(AriaRole.Main)).ToContainTextAsync(Words);
        await Journey.Expect(person.GetByRole(AriaRole.Main)).ToContainTextAsync("Claimed it with their account");
        await person.GetByRole(AriaRole.Link, new() { Name = "Withdraw your picture" }).ClickAsync();
        await Check(person, "withdraw");
        Assert.Matches(PictureAddress(), pictureUrl);

        // Six more pictures count (Ada is the place's commissioner too): totals show, small figures hidden.
        foreach (var streams in new string[][] { ["access-to-work", "adult-social-care"], ["access-to-work"], ["access-to-work"], ["access-to-work"], ["access-to-work"], ["access-to-work"] })
            await api.Call(ben.Token, "mutation($i: RecordLifePictureInput!) { recordLifePicture(input: $i) { lifePicture { id } } }", new
            {
                i = new
                {
                    id = Guid.NewGuid().ToString("N"), placeSlug = slug, consentGiven = true, countsInTotals = true,
                    content = new { knownAs = "Jo", whatMatters = "Seeing friends", strengths = "Cooking", areas = new[] { new { area = "HOME", goals = "Stay put", currentSupport = "Family", match = "NO", missing = "Stairs" } }, fundingStreams = streams },
                },
            });
        var commissioner = steward;
        await commissioner.GotoAsync($"/places/{slug}/totals");
        var main = commissioner.GetByRole(AriaRole.Main);
        await Journey.Expect(main).ToContainTextAsync("From 7 people's life pictures");
        await Journey.Expect(commissioner.GetByRole(AriaRole.Img, new() { Name = "Combinations of funding streams people draw on, with counts, most first." })).ToBeVisibleAsync();
        // One person draws on Adult Social Care: hidden in the stream table (the cell says why to a screen reader), and in the chart.
        await Journey.Expect(commissioner.GetByRole(AriaRole.Row, new() { Name = $"Adult Social Care {Hidden}", Exact = true })).ToBeVisibleAsync();
        var ticked = commissioner.GetByRole(AriaRole.Checkbox, new() { Checked = true });
        while (await ticked.CountAsync() > 0)
            await ticked.First.UncheckAsync();
        await commissioner.GetByLabel("Access to Work", new() { Exact = true }).CheckAsync();
        await commissioner.GetByLabel("Adult Social Care", new() { Exact = true }).CheckAsync();
        await Journey.Click(commissioner, "Show these overlaps");
        await Journey.Expect(commissioner.GetByRole(AriaRole.Img, new() { Name = "Venn diagram of people drawing on Adult Social Care, Access to Work." })).ToBeVisibleAsync();
        await Journey.Expect(commissioner.GetByRole(AriaRole.Row, new() { Name = $"Only Access to Work {Hidden}", Exact = true })).ToBeVisibleAsync();
        await Check(commissioner, "totals");
        var download = await commissioner.RunAndWaitForDownloadAsync(() => commissioner.GetByRole(AriaRole.Link, new() { Name = "Download this Venn's table as CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("\"Only Access to Work\",\"draw on exactly these of the chosen streams\",Hidden", csv, StringComparison.Ordinal);
        Assert.Contains("\"In none of them\",\"draw on exactly these of the chosen streams\",0", csv, StringComparison.Ordinal);

        await KeepPicturesFor(steward, slug);
        var withoutScript = await Journey.SignedIn(fixture, ada.Email, javaScript: false);
        await withoutScript.GotoAsync($"/places/{slug}/retention");
        await withoutScript.GetByLabel("Years the record of who saw a picture is kept after it is erased or withdrawn").FillAsync("7");
        await Journey.Click(withoutScript, "Save the retention periods");
        await Journey.Expect(withoutScript.GetByRole(AriaRole.Main)).ToContainTextAsync("Retention periods saved");
        await Journey.Expect(withoutScript.GetByLabel("Years the record of who saw a picture is kept after it is erased or withdrawn")).ToHaveValueAsync("7");
    }

    /// <summary>The practitioner goes from the plan's "Agreed versions" to the version agreed, and back.</summary>
    private static async Task ReadTheAgreedVersion(IPage practitioner, string pictureUrl)
    {
        await practitioner.GotoAsync(pictureUrl + "/plan");
        var versions = practitioner.GetByRole(AriaRole.List, new() { Name = "Agreed versions" });
        var version = versions.GetByRole(AriaRole.Link, new() { NameRegex = AgreedVersion() });
        var number = AgreedVersion().Match(await version.TextContentAsync() ?? "").Groups[1].Value;
        await version.ClickAsync();
        await Journey.Expect(practitioner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Version {number}, as agreed");
        await Journey.Expect(practitioner.GetByRole(AriaRole.Main)).ToContainTextAsync("40 × £24.00 a journey = £960.00 from Access to Work");
        await Check(practitioner, "plan-version");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Back to the plan" }).ClickAsync();
        await Journey.Expect(practitioner.GetByRole(AriaRole.Heading, new() { Name = "Agreed versions" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The steward opens the retention page from the place, sees the seven pictures kept, is told a period
    /// of 0 years is out of range (the grain's message, in the error summary and on the field) and saves 8.
    /// </summary>
    private static async Task KeepPicturesFor(IPage steward, string slug)
    {
        await steward.GotoAsync($"/places/{slug}");
        await steward.GetByRole(AriaRole.Link, new() { Name = "How long life pictures are kept" }).ClickAsync();
        await Journey.Expect(steward.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How long life pictures are kept");
        await Journey.Expect(steward.Locator(".govuk-summary-list__row", new() { HasText = "Pictures kept now" })).ToContainTextAsync("7");
        await Check(steward, "retention");
        var years = steward.GetByLabel("Years a picture and its support plan are kept after their last change");
        await years.FillAsync("0");
        await Journey.Click(steward, "Save the retention periods");
        var summary = steward.Locator(".govuk-error-summary");
        await Journey.Expect(summary).ToContainTextAsync("Enter a whole number of years from 1 to 50.");
        await Journey.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(steward).ToHaveTitleAsync(new Regex("^Error: How long life pictures are kept"));
        await Check(steward, "retention-error");
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Journey.Expect(years).ToBeFocusedAsync();
        await years.FillAsync("8");
        await Journey.Click(steward, "Save the retention periods");
        await Journey.Expect(steward.GetByRole(AriaRole.Main)).ToContainTextAsync("Retention periods saved");
        await Journey.Expect(years).ToHaveValueAsync("8");
    }

    /// <summary>A hidden figure's cell as a screen reader reads it (decision 0051).</summary>
    private const string Hidden = "Hidden to protect people's privacy (a small number, or one that would reveal a small number)";

    /// <summary>The practitioner makes a support plan with the person: a stream, a priced taxi taken as cash, a goal, savings; checked and agreed.</summary>
    private static async Task MakeAPlan(IPage practitioner, string pictureUrl)
    {
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Support plan across funding streams" }).ClickAsync();
        await Check(practitioner, "plan");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Funding streams and what they pay for" }).ClickAsync();
        await practitioner.GetByLabel("Amount from Access to Work, in pounds").FillAsync("1,200");
        await practitioner.GetByLabel("What Access to Work pays for").FillAsync("Taxis to work and back");
        await Check(practitioner, "plan-streams");
        await Journey.Click(practitioner, "Save and go back to the plan");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Services and cash equivalents" }).ClickAsync();
        await practitioner.GetByLabel("Service, priced at the place's unit cost").SelectOptionAsync(new SelectOptionValue { Label = "Taxi to work and back: £24.00 a journey (Access to Work)" });
        await practitioner.GetByLabel("How many units").FillAsync("40");
        await practitioner.GetByLabel("Taken: they have the cash instead").CheckAsync();
        await Journey.Click(practitioner, "Save services");
        await Journey.Expect(practitioner.GetByRole(AriaRole.Main)).ToContainTextAsync("Cash equivalent: £960.00");
        await Check(practitioner, "plan-services");
        await practitioner.GotoAsync(pictureUrl + "/plan");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Goals and the streams paying for them" }).ClickAsync();
        await practitioner.GetByLabel("Access to Work").CheckAsync();
        await Check(practitioner, "plan-outcomes");
        await Journey.Click(practitioner, "Save and go back to the plan");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Who keeps any savings" }).ClickAsync();
        await practitioner.GetByLabel("Shared between the person and the stream").CheckAsync();
        await Journey.Click(practitioner, "Save and go back to the plan");
        await practitioner.GetByRole(AriaRole.Link, new() { Name = "Check the plan and agree it" }).ClickAsync();
        await Journey.Expect(practitioner.GetByRole(AriaRole.Main)).ToContainTextAsync("40 × £24.00 a journey = £960.00 from Access to Work");
        await Check(practitioner, "plan-check");
        await practitioner.GetByLabel("They agreed this plan with me").CheckAsync();
        await Journey.Click(practitioner, "Agree the plan");
        await Journey.Expect(practitioner.GetByRole(AriaRole.Main)).ToContainTextAsync("The plan is agreed");
        await Check(practitioner, "plan-agreed");
    }

    /// <summary>axe-core clean and no sideways scroll at 1280 and 320 px; screenshots when LIFE_SCREENSHOTS names a folder.</summary>
    private static async Task Check(IPage page, string name)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            await page.SetViewportSizeAsync(width, 800);
            await Axe.AssertNoViolations(page);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{name} scrolls sideways at {width} px");
            if (Environment.GetEnvironmentVariable("LIFE_SCREENSHOTS") is { Length: > 0 } folder)
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}.png"), FullPage = true });
        }
        await page.SetViewportSizeAsync(1280, 800);
    }

    [GeneratedRegex("^Version ([0-9]+) of the plan, agreed [0-9]+ [A-Z][a-z]+ [0-9]{4}, ")]
    private static partial Regex AgreedVersion();

    [GeneratedRegex("/life-pictures/[0-9a-f]{32}$")]
    private static partial Regex PictureAddress();
}
