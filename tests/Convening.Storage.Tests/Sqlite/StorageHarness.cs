using Convening.Storage.Sqlite;
using Convening.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Convening.Storage.Tests.Sqlite;

/// <summary>SQLite grain storage on a fresh data folder, used directly as a silo would.</summary>
public sealed class StorageHarness : IDisposable
{
    public const string StateName = "note";

    private static readonly Serializer SharedSerializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(NoteState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    private readonly TempDir _dir = new("storage");

    public StorageHarness() => Storage = Open();

    public SqliteStorageOptions Options => new() { DataPath = Path.Combine(_dir.Path, "data") };

    public SqliteGrainStorage Storage { get; private set; }

    public static GrainId NewGrain() => GrainId.Create("note", Guid.NewGuid().ToString("N"));

    public static GrainState<NoteState> State(string text, string? etag = null) =>
        new(new NoteState { Text = text, Tags = ["a", "b"] }, etag);

    /// <summary>A new database object on the same file, with pooled connections closed: what a restarted process sees.</summary>
    public SqliteGrainStorage Restart()
    {
        SqliteConnection.ClearAllPools();
        return Storage = Open();
    }

    public async Task<GrainState<NoteState>> Read(GrainId grain)
    {
        var state = new GrainState<NoteState>(new NoteState());
        await Storage.ReadStateAsync(StateName, grain, state);
        return state;
    }

    public async Task<GrainState<NoteState>> Written(GrainId grain, string text)
    {
        var state = await Read(grain);
        state.State = new NoteState { Text = text };
        await Storage.WriteStateAsync(StateName, grain, state);
        return state;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }

    private SqliteGrainStorage Open() => new("main", new SqliteDatabase(Options), SharedSerializer);
}
