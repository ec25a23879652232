using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts.Boards;
using Convening.Testing;
using Convening.Testing.Boards;
using Convening.Web.Tests.Boards;
using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.OrganisationDirectory.Hsds;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Convening.Web.Tests.Faults;

/// <summary>
/// A running server whose data folder becomes read-only, or whose database is damaged under it:
/// every way in tells the fault with its own code (503, Retry-After), readiness fails while it
/// lasts and recovers by itself once the folder is writable again.
/// </summary>
public sealed class RunningServerFaultTests
{
    private const string CreatePlace = "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }";

    [Fact]
    public async Task ReadOnlyDataFolder_IsToldAsStorageReadOnly_OverGraphQLHubAndPages_AndReadinessRecoversWhenWritableAgain()
    {
        using var disk = Mount.Tmpfs(64);
        var log = new LogCapture();
        var app = new WebAppFixture(new Dictionary<string, string> { ["Convening:DataPath"] = disk.Path }, log.AddTo);
        try
        {
            var s = await BoardScenario.Create(app);
            var person = s.Convenor;
            var slug = await Scenario.CreatePlace(person);
            await using var watcher = await new BoardWatcher(app.Url, s.Member.Token).Connect();
            await watcher.Join(s.BoardId);
            var browser = await CookieBrowserSession.SignIn(app, person);
            var token = await browser.Token($"/places/{slug}");
            using var http = new HttpClient { BaseAddress = app.Url };

            MakeReadOnly(disk);
            try
            {
                var refused = await person.Api.Post(CreatePlace, new { i = new { name = "Written to a read-only disk", purpose = "x" } });
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
                Assert.Equal("storage.read-only", refused.ErrorCode);
                Assert.True(refused.RetryAfter > TimeSpan.Zero, "503 for a read-only folder says when to try again (Retry-After).");
                await HubTells(watcher, s, "storage.read-only", log);

                var page = await browser.Http.PostAsync($"/places/{slug}?handler=Edit", new FormUrlEncodedContent(
                    [KeyValuePair.Create("name", "Renamed while read-only"), KeyValuePair.Create("purpose", "x"), KeyValuePair.Create("__RequestVerificationToken", token)]));
                Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
                Assert.Contains("Sorry, the service is unavailable", await page.Content.ReadAsStringAsync());

                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);
            }
            finally
            {
                disk.Remount(readOnly: false);
            }

            await StorageFullTests.Until(async () => (await http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "readiness to recover once the folder is writable");
            (await person.Api.Post(CreatePlace, new { i = new { name = "Written once writable " + Guid.NewGuid().ToString("N")[..6], purpose = "x" } })).ShouldSucceed();
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task DamagedDatabase_IsToldAsStorageDamaged_OverGraphQLHubAndPages_AndReadinessFails()
    {
        using var data = new TempDir("damaged");
        var log = new LogCapture();
        var app = new WebAppFixture(new Dictionary<string, string> { ["Convening:DataPath"] = data.Path }, log.AddTo);
        try
        {
            var s = await BoardScenario.Create(app);
            var person = s.Convenor;
            await using var watcher = await new BoardWatcher(app.Url, s.Member.Token).Connect();
            await watcher.Join(s.BoardId);
            for (var i = 0; i < 20; i++)
                await Scenario.CreatePlace(person);
            using var http = new HttpClient { BaseAddress = app.Url };
            var database = Path.Combine(data.Path, "convening.db");

            Damage(database);

            var refused = await person.Api.Post(CreatePlace, new { i = new { name = "Written to a damaged file", purpose = "x" } });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal("storage.damaged", refused.ErrorCode);
            Assert.True(refused.RetryAfter > TimeSpan.Zero, "503 for a damaged database says when to try again (Retry-After).");
            Assert.DoesNotContain(data.Path, refused.Json!.ToJsonString());
            await HubTells(watcher, s, "storage.damaged", log);

            var page = await http.GetAsync("/places/never-opened-" + Guid.NewGuid().ToString("N")[..8]);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("Sorry, the service is unavailable", await page.Content.ReadAsStringAsync());

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await http.GetAsync("/health/ready")).StatusCode);

            // Every grain put away (as after a restart or a quiet spell): the session check then reads the
            // caller's account from the damaged file before GraphQL runs, and must still answer GraphQL JSON.
            await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
            var beforeItRan = await person.Api.Post("{ me { id } }");
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "application/json"), (beforeItRan.Status, beforeItRan.ContentType));
            Assert.Equal("storage.damaged", beforeItRan.ErrorCode);
            Assert.True(beforeItRan.RetryAfter > TimeSpan.Zero, "503 before the document ran still says when to try again.");
            Assert.Contains(log.Entries, e => e.Message.StartsWith("GraphQL request failed on storage before it ran: storage.damaged", StringComparison.Ordinal));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// Another process holds the database's write lock (a backup tool, a stray sqlite3 shell): a write waits
    /// out SQLite's busy timeout (10 s, inside Orleans' default 30 s call timeout), then is told as
    /// storage.unavailable, not acknowledged; once the lock is let go, the same mutation succeeds.
    /// </summary>
    [Fact]
    public async Task LockedDatabase_IsToldAsStorageUnavailable_OverGraphQL_AndTheSameMutationSucceedsOnceReleased()
    {
        using var data = new TempDir("locked");
        var app = new WebAppFixture(new Dictionary<string, string> { ["Convening:DataPath"] = data.Path });
        try
        {
            var person = await new Scenario(app).Register("Lockie");
            await Scenario.CreatePlace(person);
            var input = new { i = new { name = "Written past a lock " + Guid.NewGuid().ToString("N")[..6], purpose = "x" } };

            using (var holder = new SqliteConnection($"Data Source={Path.Combine(data.Path, "convening.db")};Pooling=False"))
            {
                holder.Open();
                using var exclusive = holder.CreateCommand();
                exclusive.CommandText = "BEGIN EXCLUSIVE;";
                exclusive.ExecuteNonQuery();

                var refused = await person.Api.Post(CreatePlace, input);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
                Assert.Equal("storage.unavailable", refused.ErrorCode);
                Assert.True(refused.RetryAfter > TimeSpan.Zero, "503 for a locked database says when to try again (Retry-After).");
                Assert.DoesNotContain(data.Path, refused.Json!.ToJsonString());
            }

            var slug = (await person.Api.Post(CreatePlace, input)).ShouldSucceed().Data!["createPlace"]!["place"]!["slug"]!.GetValue<string>();
            var place = (await person.Api.Post("query($slug: String!) { place(slug: $slug) { name } }", new { slug })).ShouldSucceed();
            Assert.Equal(input.i.name, place.Data!["place"]!["name"]!.GetValue<string>());
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task FullDisk_ForANonBoardGrain_IsToldTruthfully_AndTheRetryWithTheSameRequestIdAddsOnce()
    {
        using var disk = Mount.Tmpfs(32);
        var app = new WebAppFixture(new Dictionary<string, string> { ["Convening:DataPath"] = disk.Path });
        try
        {
            var s = await CycleScenario.Create(app);
            var cycleId = await s.StartCycle(s.Convenor);
            const string Add = "mutation($i: AddMeasureInput!) { addMeasure(input: $i) { measure { id } } }";
            var input = new { i = new { cycleId, name = "Added on a full disk", unit = "calls", higherIsBetter = false, description = new string('x', 900), requestId = "full-1" } };

            disk.Fill();
            var refused = await s.Member.Api.Post(Add, input);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal("storage.full", refused.ErrorCode);

            disk.Free();
            var first = (await s.Member.Api.Post(Add, input)).ShouldSucceed().Data!["addMeasure"]!["measure"]!["id"]!.GetValue<string>();
            var retried = (await s.Member.Api.Post(Add, input)).ShouldSucceed().Data!["addMeasure"]!["measure"]!["id"]!.GetValue<string>();

            Assert.Equal(first, retried);
            var measures = (await s.Member.Api.Post("query($id: ID!) { cycle(id: $id) { measures { name } } }", new { id = cycleId })).ShouldSucceed();
            Assert.Single(measures.Data!["cycle"]!["measures"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "Added on a full disk");
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>
    /// A board change over the hub while the store is at fault: refused with the storage code as the
    /// hub error's code (as GraphQL's), and logged at Error at most once with a stack trace.
    /// </summary>
    private static async Task HubTells(BoardWatcher watcher, BoardScenario s, string code, LogCapture log)
    {
        var before = log.Entries.Count;
        var refused = await Assert.ThrowsAsync<HubException>(() => watcher.Do(s.BoardId, new AddCard(s.FirstLaneId, "Written while the store is at fault")));
        // The client shows the server's HubException as "...on the server. HubException: <code>: <message>".
        Assert.True(refused.Message.Contains("HubException: " + code + ":", StringComparison.Ordinal),
            $"The hub told '{refused.Message}', not {code}. The log:\n" + string.Join("\n", log.Entries.Skip(before)));
        var traces = log.Entries.Skip(before).Where(e => e.Level >= LogLevel.Error && e.HasStackTrace).ToList();
        Assert.True(traces.Count <= 1, "One hub command at a storage fault logs at most one stack trace at Error:\n" + string.Join("\n", traces));
    }

    /// <summary>
    /// Remounts the data folder read-only under the running server. The kernel refuses while a file
    /// is open for writing, so the idle server's pooled connections are closed first (as they are
    /// when it is quiet); a request that opens one in between makes the remount busy, and it is tried again.
    /// </summary>
    private static void MakeReadOnly(Mount disk)
    {
        for (var attempt = 1; ; attempt++)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                disk.Remount(readOnly: true);
                return;
            }
            catch (InvalidOperationException e) when (attempt < 50 && e.Message.Contains("busy", StringComparison.Ordinal))
            {
                // a connection was opened again in between
            }
        }
    }

    /// <summary>
    /// Moves everything into the database file, then overwrites all of it after the first page with
    /// garbage, as a failing disk or a stray process would. The pooled connections are dropped so the
    /// server reads the file as it now is, as it would after any reconnect.
    /// </summary>
    private static void Damage(string database)
    {
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            checkpoint.ExecuteNonQuery();
        }
        using (var file = new FileStream(database, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            var pageSize = 4096;
            var garbage = new byte[file.Length - pageSize];
            new Random(12).NextBytes(garbage);
            file.Position = pageSize;
            file.Write(garbage);
            file.Flush(flushToDisk: true);
        }
        SqliteConnection.ClearAllPools();
    }
}
