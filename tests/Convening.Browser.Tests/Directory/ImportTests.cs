using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Convening.Contracts.Directory;
using Convening.Contracts.People;
using Convening.Testing;
using Convening.Web.Directory.Hsds;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace Convening.Browser.Tests.Directory;

/// <summary>A moderator imports an HSDS file in Chromium, watches it finish and reads the report; axe-core checks each page.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ImportTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string ModeratorEmail = "moderator@directory.example.org";
    private readonly ModeratedServer _server = new(ModeratorEmail);

    [Fact]
    public async Task Moderator_ImportsAFile_SeesItFinish_AndTheRejectedRecord()
    {
        var place = await GraphQL("mutation { createPlace(input: {name: \"Northfield\", slug: \"northfield\"}) { place { slug } } }", await Token());
        Assert.Equal("northfield", place["createPlace"]!["place"]!["slug"]!.GetValue<string>());
        var context = await fixture.Browser.NewContextAsync(new() { BaseURL = _server.Url });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await SignIn.As(page, ModeratorEmail);

        await page.GotoAsync("/directory/import");
        await Axe.AssertNoViolations(page);
        await Upload(page, "broken.json", "[{\"name\": ");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The file is not valid JSON");
        await Axe.AssertNoViolations(page);

        await Upload(page, "organisations.json", File(), place: "Northfield");
        await Assertions.Expect(page).ToHaveURLAsync(JobPage());
        await Assertions.Expect(page.Locator("#import-progress")).ToContainTextAsync("3 of 3 entries done");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("1 record was not imported");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("is not a full web address");
        await Axe.AssertNoViolations(page);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

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

    private async Task<string> Token()
    {
        var data = await GraphQL("mutation($i: RegisterInput!) { register(input: $i) { token } }", null,
            new { i = new { email = ModeratorEmail, password = Convening.Testing.Api.Password, displayName = "Morgan" } });
        return data["register"]!["token"]!.GetValue<string>();
    }

    private async Task<JsonNode> GraphQL(string query, string? token, object? variables = null)
    {
        using var http = new HttpClient { BaseAddress = new Uri(_server.Url) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (token is not null)
            request.Headers.Authorization = new("Bearer", token);
        var json = JsonNode.Parse(await (await http.SendAsync(request)).Content.ReadAsStringAsync())!;
        return json["data"] as JsonObject ?? throw new InvalidOperationException($"GraphQL failed: {json}");
    }

    [GeneratedRegex("/directory/import/[0-9a-f]{32}$")]
    private static partial Regex JobPage();

    /// <summary>The live server with a directory moderator configured, as a deployment names its first moderators.</summary>
    private sealed class ModeratedServer : WebApplicationFactory<Program>
    {
        private readonly TempDir _data = new("browser-directory");
        private readonly string _moderator;

        public ModeratedServer(string moderator)
        {
            _moderator = moderator;
            Port = FreePort.Next();
            UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
            StartServer();
        }

        public int Port { get; }

        public string Url => $"http://127.0.0.1:{Port}";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Convening:DataPath", _data.Path);
            builder.UseSetting("Convening:SiloPort", FreePort.Next().ToString());
            builder.UseSetting("Convening:GatewayPort", FreePort.Next().ToString());
            builder.UseSetting("Convening:Directory:Moderators:0", _moderator);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
                _data.Dispose();
        }
    }
}
