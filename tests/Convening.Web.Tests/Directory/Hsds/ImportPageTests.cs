using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>The import pages without JavaScript: a moderator uploads an HSDS file, follows its progress and reads the report.</summary>
[Collection(DirectoryHostCollection.Name)]
public sealed class ImportPageTests(DirectoryHost host)
{
    [Fact]
    public async Task Import_ByANonModerator_IsRefused()
    {
        var browser = await host.SignedIn(host.Submitter);
        var moderator = await host.SignedIn(host.Moderator);
        var token = await moderator.Token("/directory/import");

        var page = await browser.Http.GetAsync("/directory/import");
        using var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { ImportJobs.Json("[]"), "hsds-file", "x.json" } };
        var upload = await browser.Http.PostAsync("/directory/import", form);
        using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.App.Url };
        var anonymous = await stranger.GetAsync("/directory/import");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [Fact]
    public async Task Import_ImportsTheValidRecords_AndReportsEveryRejectedOne()
    {
        var place = await host.Place();
        var good = Enumerable.Range(21, 3).Select(i => Organization(i, place)).ToList();
        var noName = Organization(24, place);
        noName.Remove("name");
        var badUrl = Organization(25, place);
        badUrl["website"] = "javascript:alert(1)";
        badUrl["name"] = "<script>alert('name')</script> Trust";
        var browser = await host.SignedIn(host.Moderator);

        var (progress, html) = await ImportJobs.Import(browser, new JsonArray([.. good, noName, badUrl]).ToJsonString());

        Assert.Equal(("finished", 5, 5, 3, 0, 2), Counts(progress));
        Assert.Contains("5 of 5 entries done", html);
        Assert.Contains("2 records were not imported", html);
        Assert.Contains("data-code=\"name.empty\"", html);
        Assert.Contains("data-code=\"website.invalid\"", html);
        Assert.Contains("&lt;script&gt;alert(", html);
        Assert.DoesNotContain("<script>alert(", html);
        var exported = JsonNode.Parse(await host.App.CreateClient().GetStringAsync($"/directory/export.json?place={place}"))!.AsArray();
        Assert.Equal(good.Select(g => g["id"]!.GetValue<string>()).Order(), exported.Select(e => e!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task ImportingTheSameFileAgain_CreatesNoDuplicates()
    {
        var place = await host.Place();
        var file = new JsonArray([.. Enumerable.Range(31, 4).Select(i => Organization(i, place))]).ToJsonString();
        var browser = await host.SignedIn(host.Moderator);

        var first = await ImportJobs.Import(browser, file);
        var again = await ImportJobs.Import(browser, file);

        Assert.Equal(("finished", 4, 4, 4, 0, 0), Counts(first.Progress));
        Assert.Equal(("finished", 4, 4, 0, 4, 0), Counts(again.Progress));
        var exported = JsonNode.Parse(await host.App.CreateClient().GetStringAsync($"/directory/export.json?place={place}"))!.AsArray();
        Assert.Equal(4, exported.Count);
    }

    [Fact]
    public async Task ImportedRecord_TakingAnotherOrganisationsServiceId_IsRejectedOnThePage_AndTheOwnerKeepsIt()
    {
        var place = await host.Place();
        var owner = HsdsDataset.Content(Random.Shared.Next(1_000_000, 100_000_000), [place]);
        var ownerId = await host.Publish(owner);
        var intruder = HsdsDataset.Content(Random.Shared.Next(1_000_000, 100_000_000), [place]) with { Name = "Intruding Services Ltd", Services = owner.Services };
        var record = HsdsWriter.Organization(new DirectoryDocument(Guid.NewGuid().ToString("D"), intruder, DateTimeOffset.UtcNow, []), new Dictionary<string, string>());
        var browser = await host.SignedIn(host.Moderator);

        var (progress, html) = await ImportJobs.Import(browser, new JsonArray(record).ToJsonString());

        Assert.Equal(("finished", 1, 1, 0, 0, 1), Counts(progress));
        Assert.Contains("belongs to another organisation in the directory", html);
        var exported = JsonNode.Parse(await host.App.CreateClient().GetStringAsync($"/directory/export.json?place={place}"))!.AsArray();
        Assert.Equal(owner.Name, Assert.Single(exported)!["name"]!.GetValue<string>());
        var service = JsonNode.Parse(await host.App.CreateClient().GetStringAsync($"/hsds/services/{owner.Services[0].Id}"))!;
        Assert.Equal(ownerId, service["organization"]!["id"]!.GetValue<string>());
        Assert.Equal(owner.Name, service["organization"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ScriptInADescription_IsStoredAsText_AndExportedAsText()
    {
        var place = await host.Place();
        var record = Organization(41, place);
        record["description"] = "<script>alert('description')</script> We help.";
        var browser = await host.SignedIn(host.Moderator);

        var (progress, _) = await ImportJobs.Import(browser, new JsonArray(record).ToJsonString());

        Assert.Equal(1, progress["imported"]!.GetValue<int>());
        var stored = await host.Grains.GetGrain<IOrganisationGrain>(record["id"]!.GetValue<string>()).Get(null);
        Assert.Equal("<script>alert('description')</script> We help.", stored.Published!.Description);
        var exported = JsonNode.Parse(await host.App.CreateClient().GetStringAsync($"/directory/export.json?place={place}"))!.AsArray();
        Assert.Equal("<script>alert('description')</script> We help.", exported.Single()!["description"]!.GetValue<string>());
        Assert.DoesNotContain("<script", Markdown.SafeMarkdown.Render(stored.Published.Description).ToString());
    }

    [Fact]
    public async Task MalformedJson_IsRefusedWhole_WithAnErrorOnTheFileField()
    {
        var browser = await host.SignedIn(host.Moderator);

        var response = await browser.Upload("/directory/import", "hsds-file", "broken.json", ImportJobs.Json("[{\"id\": \"a\","));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#hsds-file\"", html);
        Assert.Contains("id=\"hsds-file-error\"", html);
        Assert.Contains("not valid JSON", html);
    }

    [Fact]
    public async Task NoFile_AsksForOne()
    {
        var browser = await host.SignedIn(host.Moderator);

        using var form = new MultipartFormDataContent { { new StringContent(await browser.Token("/directory/import")), "__RequestVerificationToken" } };
        var response = await browser.Http.PostAsync("/directory/import", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Select an HSDS file to import.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownPlace_RejectsTheRecord_AndAChosenPlaceFillsInForRecordsWithNone()
    {
        var place = await host.Place();
        var unknown = Organization(51, "atlantis");
        var placeless = Organization(52, place);
        placeless["attributes"] = new JsonArray([.. placeless["attributes"]!.AsArray()
            .Where(a => a!["taxonomy_term"]!["taxonomy"]!.GetValue<string>() != HsdsTaxonomies.Place).Select(a => a!.DeepClone())]);
        var browser = await host.SignedIn(host.Moderator);

        var (progress, html) = await ImportJobs.Import(browser, new JsonArray(unknown, placeless).ToJsonString(), defaultPlace: place);

        Assert.Equal(("finished", 2, 2, 1, 0, 1), Counts(progress));
        Assert.Contains("There is no place called &#x27;atlantis&#x27;", html);
        var stored = await host.Grains.GetGrain<IOrganisationGrain>(placeless["id"]!.GetValue<string>()).Get(null);
        Assert.Equal([place], stored.Published!.Places);
    }

    private static JsonObject Organization(int i, string place) =>
        HsdsWriter.Organization(new DirectoryDocument(Guid.NewGuid().ToString("D"), HsdsDataset.Content(i, [place]), DateTimeOffset.UtcNow, []),
            new Dictionary<string, string>());

    private static (string, int, int, int, int, int) Counts(JsonNode p) =>
        (p["status"]!.GetValue<string>(), p["total"]!.GetValue<int>(), p["done"]!.GetValue<int>(), p["imported"]!.GetValue<int>(), p["unchanged"]!.GetValue<int>(), p["rejected"]!.GetValue<int>());
}
