using System.Collections.Concurrent;
using Convening.Storage.Cosmos;
using Convening.Storage.Sqlite;
using Convening.Storage.Tests.Cosmos;
using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Convening.Storage.Tests.Reminders;

/// <summary>
/// A reminder set before the silo stops fires after a new silo starts on the same data: what a
/// notification due tomorrow needs from the embedded default and from production alike.
/// </summary>
public abstract class ReminderRestartContract
{
    /// <summary>Adds the store under test to a silo; the same data each time it is called.</summary>
    protected abstract void AddStore(IServiceCollection services);

    [Fact]
    public async Task ReminderSetBeforeAStop_FiresAfterTheRestart()
    {
        var key = Guid.NewGuid().ToString("N");
        var fired = ReminderProbeGrain.Fired.GetOrAdd(key, _ => new(TaskCreationOptions.RunContinuationsAsynchronously));

        using (var first = await StartSilo())
        {
            await first.Services.GetRequiredService<IGrainFactory>().GetGrain<IReminderProbeGrain>(key).Arm(TimeSpan.FromSeconds(8));
            await first.StopAsync();
        }
        Assert.False(fired.Task.IsCompleted, "The reminder fired before the silo stopped; the test proves nothing.");

        using var second = await StartSilo();
        await fired.Task.WaitAsync(TimeSpan.FromSeconds(90));
        await second.StopAsync();
    }

    private async Task<IHost> StartSilo()
    {
        var host = Host.CreateDefaultBuilder()
            .UseOrleans(silo =>
            {
                silo.UseLocalhostClustering(FreePort.Next(), FreePort.Next());
                silo.AddReminders();
                AddStore(silo.Services);
            })
            .Build();
        await host.StartAsync();
        return host;
    }
}

public sealed class SqliteReminderRestartTests : ReminderRestartContract, IDisposable
{
    private readonly TempDir _dir = new("reminders");

    protected override void AddStore(IServiceCollection services) =>
        services.AddSqliteGrainStorage("main", new SqliteStorageOptions { DataPath = _dir.Path });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}

[Collection(CosmosCollection.Name)]
public sealed class CosmosReminderRestartTests(CosmosServer server) : ReminderRestartContract
{
    private readonly CosmosStorageOptions _options = server.Options("reminders-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void AddStore(IServiceCollection services) => services.AddCosmosStorage("main", _options);
}

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task Arm(TimeSpan due);
}

/// <summary>Sets one reminder and, when it fires, says so to the test waiting on its key and stops it.</summary>
public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Fired = new();

    public Task Arm(TimeSpan due) => this.RegisterOrUpdateReminder("probe", due, TimeSpan.FromMinutes(1));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (await this.GetReminder(reminderName) is { } reminder)
            await this.UnregisterReminder(reminder);
        Fired.GetOrAdd(this.GetPrimaryKeyString(), _ => new()).TrySetResult();
    }
}
