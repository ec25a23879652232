using Convening.Storage.Sqlite;
using Convening.Storage.Tests.Crash;
using Convening.Testing;
using Microsoft.Data.Sqlite;

namespace Convening.Storage.Tests.Startup;

/// <summary>
/// The real server refuses to start on a lost, damaged or unwritable data folder, with one clear
/// line and no stack trace, instead of starting as a new, empty system where every sign-in fails.
/// </summary>
[RunsLong] // A server process started for each case: about 60 s in CI.
public sealed class StartupCheckTests
{
    [Fact]
    public async Task DeletedOrEmptyDatabase_WithKeysKept_IsRefused_AndNewDataStartsFresh()
    {
        using var data = new TempDir("startup");
        await Populate(data.Path);
        DeleteDatabase(data.Path);

        var missing = await Refused(data.Path);
        Assert.Contains("convening.db is missing, but the data folder holds data-protection keys", missing);
        Assert.Contains("--new-data", missing);

        await File.WriteAllBytesAsync(Database(data.Path), []);
        Assert.Contains("convening.db is empty, but the data folder holds data-protection keys", await Refused(data.Path));

        await using var fresh = await ServerProcess.StartAsync(data.Path, flags: ["--new-data"]);
        var (slugs, _) = await fresh.Graph.ListPlaces();
        Assert.Empty(slugs);
    }

    [Fact]
    public async Task GarbageFilledDatabase_IsRefusedAsDamaged()
    {
        using var data = new TempDir("startup");
        var garbage = new byte[64 * 1024];
        Random.Shared.NextBytes(garbage);
        await File.WriteAllBytesAsync(Database(data.Path), garbage);

        Assert.Contains("convening.db is damaged", await Refused(data.Path));
    }

    [Fact]
    public async Task TruncatedDatabase_IsRefusedAsDamaged()
    {
        using var data = new TempDir("startup");
        await Populate(data.Path, places: 40);
        using (var connection = new SqliteConnection($"Data Source={Database(data.Path)};Pooling=False"))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }
        using (var file = new FileStream(Database(data.Path), FileMode.Open))
            file.SetLength(file.Length / 2);

        Assert.Contains("convening.db is damaged", await Refused(data.Path));
    }

    [Fact]
    public async Task DatabaseWithANewerSchemaVersion_IsRefused_NamingTheVersions()
    {
        using var data = new TempDir("startup");
        await Populate(data.Path);
        var newer = SqliteDatabase.SchemaVersion + 1;
        using (var connection = new SqliteConnection($"Data Source={Database(data.Path)};Pooling=False"))
        {
            connection.Open();
            using var version = connection.CreateCommand();
            version.CommandText = $"PRAGMA user_version = {newer}";
            version.ExecuteNonQuery();
        }

        var refused = await Refused(data.Path);
        Assert.Contains($"convening.db has schema version {newer}, newer than this version of Convening knows ({SqliteDatabase.SchemaVersion})", refused);
    }

    [Fact]
    public async Task ReadOnlyDataFolder_IsRefused()
    {
        using var data = new TempDir("startup");
        await Populate(data.Path);
        using var readOnly = Mount.ReadOnly(data.Path);

        var refused = await Refused(readOnly.Path);
        Assert.Contains($"The data folder {readOnly.Path} cannot be written", refused);
    }

    [Fact]
    public async Task DamagedDataProtectionKey_IsNamedAsSuch()
    {
        using var data = new TempDir("startup");
        await Populate(data.Path);
        var key = Directory.EnumerateFiles(Path.Combine(data.Path, "keys"), "*.xml").First();
        await File.WriteAllTextAsync(key, "<key id=\"broken\"");

        var refused = await Refused(data.Path);
        Assert.Contains($"The data-protection key {key} is damaged", refused);
    }

    /// <summary>Runs the server once: an account, some places, and the keys its forms are protected with.</summary>
    private static async Task Populate(string dataPath, int places = 1)
    {
        await using var server = await ServerProcess.StartAsync(dataPath);
        await server.Graph.Register($"{Guid.NewGuid():N}@example.org", "correct horse battery staple", "Asha");
        for (var i = 0; i < places; i++)
            Assert.NotNull(await server.Graph.TryCreatePlace($"Startup place {i} {Guid.NewGuid():N}", new string('p', 1_500)));
        await server.Http.GetStringAsync("/account/sign-in");
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(dataPath, "keys"), "*.xml"));
    }

    /// <summary>Starts the server, expecting it to refuse; returns what it printed, checked to be one line without a stack trace.</summary>
    private static async Task<string> Refused(string dataPath)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(dataPath));
        Assert.Contains("exited with code 2", error.Message);
        var printed = error.Message[(error.Message.IndexOf('\n') + 1)..].Trim();
        Assert.DoesNotContain("   at ", printed);
        Assert.DoesNotContain('\n', printed);
        return printed;
    }

    private static string Database(string dataPath) => Path.Combine(dataPath, "convening.db");

    private static void DeleteDatabase(string dataPath)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Database(dataPath) + suffix);
    }
}
