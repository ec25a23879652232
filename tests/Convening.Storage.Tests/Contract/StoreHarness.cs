using Convening.Contracts.Storage;
using Convening.Storage.Tests.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Convening.Storage.Tests.Contract;

/// <summary>A store (grain storage and event log) on fresh data, used directly as a silo would.</summary>
public abstract class StoreHarness
{
    public const string StateName = "note";

    public static readonly Serializer SharedSerializer = new ServiceCollection()
        .AddSerializer(b => b.AddAssembly(typeof(NoteState).Assembly))
        .BuildServiceProvider()
        .GetRequiredService<Serializer>();

    public IGrainStorage Storage { get; protected set; } = null!;

    public IEventLog Log { get; protected set; } = null!;

    public IReminderTable Reminders { get; protected set; } = null!;

    /// <summary>New store objects on the same data, with no cached connections: what a restarted process sees.</summary>
    public abstract void Restart();

    public static GrainId NewGrain() => GrainId.Create("note", Guid.NewGuid().ToString("N"));

    public static GrainState<NoteState> State(string text, string? etag = null) =>
        new(new NoteState { Text = text, Tags = ["a", "b"] }, etag);

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
}
