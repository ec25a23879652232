using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Testing;
using Convening.Web.OrganisationDirectory.Hsds;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.OrganisationDirectory;

/// <summary>A moderator imports an HSDS file in Chromium, watches it finish and reads the report; axe-core checks each page.</summary>
[Collection(SecondBrowserCollection.Name)]
public sealed partial class ImportTests(BrowserFixture fixture)
{
    private readonly DirectoryWorld _world = new(fixture);

    [Fact]
    public async Task Moderator_ImportsAFile_SeesItFinish_AndTheRejectedRecord()
    {
        var (_, placeName) = await _world.Place(await _world.ModeratorToken(), "Northfield");
        var page = await fixture.NewPage();
        page.Context.SetDefaultTimeout(30_000);
        await SignIn.As(page, TestModerator.Email);

        await page.GotoAsync("/directory/import");
        await Axe.AssertNoViolations(page);
        await Upload(page, "broken.json", "[{\"name\": ");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The file is not valid JSON");
        await Axe.AssertNoViolations(page);

        await Upload(page, "organisations.json", File(), place: placeName);
        await Assertions.Expect(page).ToHaveURLAsync(JobPage());
        await Assertions.Expect(page.Locator("#import-progress")).ToContainTextAsync("3 of 3 entries done");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("1 record was not imported");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("is not a full web address");
        await Axe.AssertNoViolations(page);
    }

    private static async Task Upload(IPage page, string name, string json, string? place = null)
    {
        await page.GetByLabel("HSDS file (JSON)").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/json", Buffer = Encoding.UTF8.GetBytes(json) });
        if (place is not null)
            await page.GetByLabel("Place for organisations the file gives no place for").SelectOptionAsync(new SelectOptionValue { Label = place });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and import" }).ClickAsync();
    }

    /// <summary>Two good organisations (one from another tool, with no place) and one with a bad website.</summary>
    private static string File()
    {
        JsonObject Organization(string name, string website) => HsdsWriter.Organization(new DirectoryDocument(Guid.NewGuid().ToString("D"),
            new EntryContent(name, OrganisationKind.Charity, "A warm place to meet.", website, "", "", [], [Sector.Housing], ["everyone"],
                [new ServiceOffer(Guid.NewGuid().ToString("D"), "Drop-in", "Tea and a chat.", "Just come along.", "Mondays",
                    [new ServiceLocation(Guid.NewGuid().ToString("D"), LocationKind.Physical, "The hall", "1 High Street", "Northfield", "NF1 2AB", "")])],
                [new ApproachClaim("strengths-based", "We ask what matters first.", "")], []),
            DateTimeOffset.UtcNow, []), new Dictionary<string, string>());
        return new JsonArray(Organization("Northfield Hub", "https://hub.example.org"), Organization("Riverside Trust", "https://river.example.org"),
            Organization("Broken Link Trust", "not a web address")).ToJsonString();
    }

    [GeneratedRegex("/directory/import/[0-9a-f]{32}$")]
    private static partial Regex JobPage();
}
