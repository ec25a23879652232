using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Convening.Contracts.Boards;
using Convening.Testing;
using Convening.Testing.Boards;
using Convening.Web.Tests.Boards;
using Convening.Web.Tests.OrganisationDirectory.Hsds;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Tests.Faults;

/// <summary>A data folder on a real, small file system that fills up while people are working.</summary>
public sealed class StorageFullTests
{
    private static readonly string BigText = new('x', 9_000);

    [Fact]
    public async Task FullDisk_IsToldAsStorageFull_OverGraphQLHubAndPages_AndReadinessRecoversByItself()
    {
        using var disk = Mount.Tmpfs(32);
        var log = new LogCapture();
        var app = new WebAppFixture(new Dictionary<string, string> { ["Convening:DataPath"] = disk.Path }, log.AddTo);
        try
        {
            var s = await BoardScenario.Create(app);
            var slug = await Scenario.CreatePlace(s.Convenor);
            var browser = await CookieBrowserSession.SignIn(app, s.Convenor);
            var token = await browser.Token($"/places/{slug}");
            await using var watcher = await new BoardWatcher(app.Url, s.Member.Token).Connect();
            await watcher.Join(s.BoardId);
            using var http = new HttpClient { BaseAddress = app.Url };

            disk.Fill();

            // GraphQL: the log may still have room for a change or two; then every write is refused.
            HttpResponseMessage refused = null!;
            for (var i = 0; i < 200; i++)
            {
                refused = await AddCard(http, s.Convenor.Token, s.BoardId, s.FirstLaneId);
                if (refused.StatusCode != HttpStatusCode.OK)
                    break;
            }
            var body = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.Equal("storage.full", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "503 for a full disk says when to try again (Retry-After).");
            Assert.DoesNotContain(disk.Path, body.ToJsonString());

            // The hub: the same code.
            var hub = await Assert.ThrowsAsync<HubException>(() => watcher.Do(s.BoardId, new AddCard(s.FirstLaneId, BigText)));
            Assert.Contains("storage.full:", hub.Message);

            // A page: the GOV.UK "service unavailable" page, not a 500.
            var page = await browser.Http.PostAsync($"/places/{slug}?handler=Edit", new FormUrlEncodedContent(
                [KeyValuePair.Create("name", "Renamed while full"), KeyValuePair.Create("purpose", BigText[..1_900]), KeyValuePair.Create("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("Sorry, the service is unavailable", await page.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);

            disk.Free();
            await Until(async () => (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "readiness to recover once the disk has room");
            Assert.Equal(HttpStatusCode.OK, (await AddCard(http, s.Convenor.Token, s.BoardId, s.FirstLaneId)).StatusCode);
            Assert.DoesNotContain(log.Entries, e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains("NullReference", StringComparison.Ordinal));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task<HttpResponseMessage> AddCard(HttpClient http, string token, string boardId, string laneId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }",
                variables = new { i = new { boardId, action = "ADD_CARD", laneId, text = BigText } },
            }),
        };
        request.Headers.Authorization = new("Bearer", token);
        return await http.SendAsync(request);
    }

    /// <summary>Polls (readiness is polled the same way by a load balancer) for up to 30 s.</summary>
    internal static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Timed out waiting for {what}.");
            await Task.Delay(200);
        }
    }
}
