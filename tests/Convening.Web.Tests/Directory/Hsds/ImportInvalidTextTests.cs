using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>
/// An HSDS file with text no entry may hold: the moderator is told which record and which field,
/// with the stable code, and nothing broken is stored (never a server error).
/// </summary>
[Collection(DirectoryHostCollection.Name)]
public sealed class ImportInvalidTextTests(DirectoryHost host)
{
    [Fact]
    public async Task LoneSurrogateInARecord_RefusesTheFile_NamingTheRecordAndField()
    {
        var place = await host.Place();
        var good = Organization(861, place);
        var broken = Organization(862, place);
        broken["name"] = "Placeholder";
        var json = new JsonArray(good, broken).ToJsonString().Replace("\"Placeholder\"", "\"Broken \\ud800 name\"", StringComparison.Ordinal);
        var browser = await host.SignedIn(host.Moderator);

        var response = await browser.Upload("/directory/import", "hsds-file", "broken.json", ImportJobs.Json(json));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Record 2&#x27;s name contains a broken character", html);
        Assert.Contains("href=\"#hsds-file\"", html);
        Assert.Null(await Stored(good));
    }

    [Fact]
    public async Task ControlCharactersAndDirectionOverrides_RejectTheRecord_NamingTheField_AndTheRestImport()
    {
        var place = await host.Place();
        var good = Organization(863, place);
        var bidi = Organization(864, place);
        bidi["name"] = "Femi Bello \u202e(rotarepo)";
        var nul = Organization(865, place);
        nul["email"] = "help\u0000@example.org";
        var newlineInName = Organization(866, place);
        newlineInName["name"] = "Two\nlines";
        var paragraphs = Organization(867, place);
        paragraphs["description"] = "We help.\n\nAnd we listen.";
        var browser = await host.SignedIn(host.Moderator);

        var (progress, page) = await ImportJobs.Import(browser, new JsonArray(good, bidi, nul, newlineInName, paragraphs).ToJsonString());
        var html = WebUtility.HtmlDecode(page);

        Assert.Equal("finished", progress["status"]!.GetValue<string>());
        Assert.Equal(2, progress["imported"]!.GetValue<int>());
        Assert.Equal(3, progress["rejected"]!.GetValue<int>());
        Assert.Contains("data-code=\"input.invalid-text\"", html);
        Assert.Contains("name contains a character that cannot be used (U+202E", html);
        Assert.Contains("email contains a character that cannot be used (U+0000", html);
        Assert.Contains("name contains a character that cannot be used (U+000A", html);
        Assert.NotNull(await Stored(good));
        Assert.Null(await Stored(bidi));
        Assert.Equal("We help.\n\nAnd we listen.", (await Stored(paragraphs))!.Description);
    }

    private async Task<EntryContent?> Stored(JsonObject record)
    {
        try
        {
            return (await host.Grains.GetGrain<IOrganisationGrain>(record["id"]!.GetValue<string>()).Get(null)).Published;
        }
        catch (Convening.Contracts.ConveningException e) when (e.Code.EndsWith("not-found", StringComparison.Ordinal))
        {
            return null;
        }
    }

    private static JsonObject Organization(int i, string place) =>
        HsdsWriter.Organization(new DirectoryDocument(Guid.NewGuid().ToString("D"), HsdsDataset.Content(i, [place]), DateTimeOffset.UtcNow, []),
            new Dictionary<string, string>());
}
