using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Cycles;

/// <summary>A steward runs a learning cycle in Chromium, and axe-core checks every page it meets.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed class CycleJourneyTests(BrowserFixture fixture)
{
    private const string Question = "How do we stop young people being passed between services?";
    private const string MeasureName = "Days from first contact to support";

    [Fact]
    public async Task Steward_RunsACycle_FromTheGroupPage_ThroughTheChart_AndEveryPageIsAccessible()
    {
        var world = new CycleWorld(fixture.Server);
        var convenor = await world.Register("Amara");
        var member = await world.Register("Ben");
        var observer = await world.Register("Chloe");
        var groupId = await world.Group(convenor.Token, "Youth transitions");
        await world.Join(convenor.Token, groupId, member, "MEMBER");
        await world.Join(convenor.Token, groupId, observer, "OBSERVER");
        var page = await fixture.NewPage();
        await CycleWorld.SignIn(page, member.Email);

        await page.GotoAsync($"/groups/{groupId}");
        await Link(page, "Start a learning cycle");
        await Axe.AssertNoViolations(page);
        await page.GetByLabel("What question will the cycle explore?").FillAsync(Question);
        await Button(page, "Start the cycle");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Question);
        await Axe.AssertNoViolations(page);
        var cyclePath = new Uri(page.Url).AbsolutePath;
        await Link(page, "Open the cycle’s live board");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Board: " + Question);
        await page.GotoAsync(cyclePath);

        await Button(page, "Move on to Plan");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("moved to the Plan stage");

        await Link(page, "Add an experiment");
        await page.GetByLabel("What will you try?").FillAsync("One named worker");
        await page.Locator("#starts-on").FillAsync("3");
        await page.Locator("#starts-on-month").FillAsync("2");
        await page.Locator("#starts-on-year").FillAsync("2025");
        await page.Locator("#ends-on").FillAsync("31");
        await page.Locator("#ends-on-month").FillAsync("2");
        await page.Locator("#ends-on-year").FillAsync("2025");
        await Button(page, "Add the experiment");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The end date must be a real date");
        await Axe.AssertNoViolations(page);
        await page.Locator("#ends-on").FillAsync("28");
        await Button(page, "Add the experiment");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("“One named worker” has been added");

        await Link(page, "Add a measure");
        await page.GetByLabel("What will you measure?").FillAsync(MeasureName);
        await page.GetByLabel("Unit (optional)").FillAsync("days");
        await page.GetByLabel("Lower is better").CheckAsync();
        await Button(page, "Add the measure");
        await Axe.AssertNoViolations(page);

        await Upload(page, "date,value\n2025-01-06,19\n2025-13-01,21\n2025-01-20,a lot\n");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Row 3: '2025-13-01' is not a date.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Row 4: 'a lot' is not a number.");
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Axe.AssertNoViolations(page);

        // Eight weeks around 20 days, then seven around 14: a run of seven below the mean, an improvement
        // (fifteen points, so the limits come from all of them; fewer than 20 is the whole baseline).
        await Upload(page, Weekly(19, 21, 20, 22, 19, 21, 20, 22, 14, 15, 13, 14, 15, 13, 14));
        var chart = page.GetByRole(AriaRole.Img, new() { Name = $"XmR chart of {MeasureName}." });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart).ToHaveAccessibleNameAsync(new Regex("7 points in a row below the mean, 3 Mar 2025 to 14 Apr 2025 \\(an improvement\\)"));
        await Expect(chart).ToHaveAccessibleNameAsync(new Regex("Experiments marked: 1, One named worker, from 3 Feb 2025"));
        await page.GetByText($"Data for {MeasureName}").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Row, new() { Name = "14 Apr 2025" })).ToContainTextAsync("Run of 7: improvement");
        await Expect(page.GetByText("Special cause variation: improvement, lower values").First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = $"Moving-range chart of {MeasureName}." })).ToHaveAccessibleDescriptionAsync(new Regex("upper range limit [0-9.]+ \\(3.267 × the average\\)"));
        await Axe.AssertNoViolations(page);

        await page.GetByLabel("Which point").SelectOptionAsync(new SelectOptionValue { Value = "2025-01-06" });
        await page.GetByLabel("Corrected value").FillAsync("18");
        await page.GetByLabel("Why", new() { Exact = true }).FillAsync("Typed 19 for 18");
        await Button(page, "Correct the point");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The value for 6 Jan 2025 has been corrected.");
        await Expect(page.GetByText("Why: Typed 19 for 18")).ToBeVisibleAsync();
        await page.GetByLabel("Target (optional)").FillAsync("16");
        await page.GetByLabel("Why are you changing this?").FillAsync("Agreed with the partnership board");
        await Button(page, "Save the chart settings");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The chart settings have been saved.");
        await Expect(page.GetByText("Assurance: hit and miss").First).ToBeVisibleAsync();
        await Axe.AssertNoViolations(page);

        // At 320 px the page does not scroll sideways, the chart scrolls in its own region, and its labels stay readable.
        await page.SetViewportSizeAsync(320, 800);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"), "the page scrolls sideways at 320 px");
        var smallest = await page.EvaluateAsync<double>(
            "Math.min(...[...document.querySelectorAll('svg.app-chart text')].map(t => t.getBoundingClientRect().height))");
        Assert.True(smallest >= 11, $"the chart's smallest label is {smallest} px high at 320 px");
        await Axe.AssertNoViolations(page);
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync(cyclePath);
        await Expect(page.GetByText("New signal:").First).ToBeVisibleAsync();
        await Button(page, $"Put “What is behind this signal?” about {MeasureName} on the cycle’s board");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("“What is behind this signal?” is on the cycle’s board");
        await Link(page, "Open the cycle’s live board");
        await Expect(page.GetByText("What is behind this signal? " + MeasureName, new() { Exact = false }).First).ToBeVisibleAsync();
        await page.GotoAsync(cyclePath);

        var agenda = $"Add “What is behind this signal?” about {MeasureName} to the next gathering’s agenda";
        await Button(page, agenda);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Youth transitions has no gathering planned.");
        await Axe.AssertNoViolations(page);
        var gathering = await world.GatheringNextWeek(convenor.Token, groupId, "Monthly check-in");
        await Button(page, agenda);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("“What is behind this signal?” is on the agenda of Monthly check-in");
        await page.GotoAsync($"/gatherings/{gathering}");
        await Expect(page.GetByText("What is behind this signal? " + MeasureName, new() { Exact = false }).First).ToBeVisibleAsync();

        // The group's summary table: each measure, its latest value and its icons in words, at 1280 and 320 px.
        await page.GotoAsync($"/groups/{groupId}");
        var summary = page.GetByRole(AriaRole.Table, new() { Name = "Summary of the measures" });
        await Expect(summary).ToContainTextAsync("Special cause variation: improvement, lower values");
        await Expect(summary).ToContainTextAsync("Assurance: hit and miss");
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = $"{MeasureName} chart" })).ToHaveAttributeAsync("href", new Regex($"^{cyclePath}#measure-"));
        await Axe.AssertNoViolations(page);
        await page.SetViewportSizeAsync(320, 800);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 320"), "the group page scrolls sideways at 320 px");
        await Axe.AssertNoViolations(page);
        await page.SetViewportSizeAsync(1280, 900);

        await page.GotoAsync(cyclePath);
        await Link(page, "Log demand and see the whole log");
        await page.GetByLabel("What did the person ask for, in their own words?").FillAsync("Nobody rang me back about my referral");
        await page.GetByLabel("Failure demand").CheckAsync();
        await Button(page, "Log the demand");
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Nobody rang me back about my referral");
        await Axe.AssertNoViolations(page);

        await page.GotoAsync(cyclePath);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "p-chart of Failure demand." })).ToBeVisibleAsync();
        await Expect(page.GetByText("1 point so far: process limits are shown once there are 12").First).ToBeVisibleAsync();
        await Axe.AssertNoViolations(page);

        var watcher = await fixture.NewPage();
        await CycleWorld.SignIn(watcher, observer.Email);
        await watcher.GotoAsync(cyclePath);
        await Expect(watcher.GetByRole(AriaRole.Img, new() { Name = $"XmR chart of {MeasureName}." })).ToBeVisibleAsync();
        await Expect(watcher.GetByRole(AriaRole.Button, new() { Name = "Move on to Try" })).ToHaveCountAsync(0);
        await Expect(watcher.GetByRole(AriaRole.Link, new() { Name = "Add a measure" })).ToHaveCountAsync(0);
        await Axe.AssertNoViolations(watcher);
    }

    private static async Task Upload(IPage page, string csv)
    {
        await page.Locator("#csv-file").SetInputFilesAsync(new FilePayload { Name = "data.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await Button(page, "Upload and import");
    }

    private static string Weekly(params double[] values) =>
        "date,value\n" + string.Concat(values.Select((v, i) => $"{new DateOnly(2025, 1, 6).AddDays(7 * i):yyyy-MM-dd},{v}\n"));

    private static Task Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();

    private static Task Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).ClickAsync();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static IPageAssertions Expect(IPage page) => Assertions.Expect(page);
}
