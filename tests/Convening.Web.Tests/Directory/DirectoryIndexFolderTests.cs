using System.Globalization;
using System.Net;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Places;
using Convening.Storage;
using Convening.Storage.OrganisationDirectory;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Convening.Web.Tests.Faults;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>
/// A silo's directory index folder as the service meets it: caught up with the feed when the
/// service starts (before anyone searches), and on a disk that turns read-only, told as
/// storage.read-only (503, never a 500) until it mends, then caught up by itself.
/// </summary>
public sealed class DirectoryIndexFolderTests
{
    [Fact]
    public async Task ADamagedIndexFolder_IsRebuiltAtStart_BeforeAnySearch_AndAReadOnlyOne_IsToldAsStorageReadOnly_UntilItMends()
    {
        using var data = new TempDir("index-start");
        using var disk = Mount.Tmpfs(64);
        var indexPath = Path.Combine(disk.Path, "index");
        // A feed the service has not indexed yet, and an index folder a crash left damaged.
        var feed = new SqliteEventLog(new SqliteDatabase(new SqliteStorageOptions { DataPath = data.Path }));
        var version = await GeneratedDirectory.Publish(feed, GeneratedDirectory.Documents(30).Select(d => new DirectoryChange(d.Id, d)));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        System.IO.Directory.CreateDirectory(indexPath);
        await File.WriteAllTextAsync(Path.Combine(indexPath, "segments_3"), "not an index");

        var log = new LogCapture();
        await using var app = new WebAppFixture(new Dictionary<string, string> { ["Convening:DataPath"] = data.Path, ["Convening:Directory:IndexPath"] = indexPath }, log.AddTo);
        await StorageFullTests.Until(() => Task.FromResult(log.Entries.Any(e => e.Message.StartsWith($"The directory index is current at feed version {version} ", StringComparison.Ordinal))),
            "the index to catch up at start");
        Assert.Equal(version, AppliedIn(indexPath));
        var anyone = app.GraphQL();
        Assert.Equal(30, await Total(anyone));

        var moderator = await new Scenario(app).Register(TestModerator.Name, app.ModeratorEmail);
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IPlaceGrain>("tyneside").Create(new CreatePlace("Tyneside", "Working together"), moderator.Id);
        disk.Remount(readOnly: true);
        try
        {
            var content = GeneratedDirectory.Documents(31)[30].Content with { Name = "Kittiwake Befrienders", Places = ["tyneside"] };
            await grains.GetGrain<IOrganisationGrain>(Guid.NewGuid().ToString("D")).Import(content, moderator.Id);

            var refused = await DirectoryApi.TrySearch(anyone, new { text = "kittiwake" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
            Assert.Equal(StorageUnavailableException.ReadOnly, refused.ErrorCode);
            using var http = new HttpClient { BaseAddress = app.Url };
            var page = await http.GetAsync("/directory?text=kittiwake");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Contains("Sorry, the service is unavailable", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            disk.Remount(readOnly: false);
        }

        Assert.Equal(1, await Total(anyone, "kittiwake"));
        Assert.Equal(31, await Total(anyone));
    }

    private static async Task<int> Total(GraphQLClient client, string? text = null) =>
        (await DirectoryApi.TrySearch(client, new { text })).ShouldSucceed().Data!["directory"]!["totalCount"]!.GetValue<int>();

    /// <summary>The feed version the folder's last commit records, read as the index itself reads it.</summary>
    private static long AppliedIn(string path)
    {
        using var folder = FSDirectory.Open(path);
        var commit = DirectoryReader.ListCommits(folder)[^1].UserData;
        Assert.Equal(LuceneDirectoryIndex.Layout, commit["layout"]);
        return long.Parse(commit["applied"], CultureInfo.InvariantCulture);
    }
}
