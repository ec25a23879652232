using Orleans.Clustering.Redis;
using StackExchange.Redis;

namespace Convening.Web.Hosting;

/// <summary>
/// Stops this silo when Redis has lost the cluster's membership table (it restarted without its data)
/// or no longer lists this silo. Orleans does not rebuild the table while its silos run: they would
/// serve on with a membership nobody can change, and a replica started later would form a second
/// cluster beside them. So, as Orleans does when a silo finds itself declared dead, the silo stops at
/// once, for the orchestrator to start it again into one fresh table (docs/decisions/0012). Nothing
/// acknowledged is lost: a write is acknowledged only once it is stored.
/// </summary>
public sealed class MembershipTableCheck(IMembershipTable table, ILocalSiloDetails silo, TimeSpan period, ILogger<MembershipTableCheck> log)
    : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _checking = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(MembershipTableCheck), ServiceLifecycleStage.Active, Start, Stop);

    /// <summary>Why this silo can no longer take part in the cluster, or null while all is well or Redis is out of reach.</summary>
    public async Task<string?> Lost(CancellationToken cancellation)
    {
        try
        {
            var members = await table.ReadAllAsync(cancellation);
            return members.TryGet(silo.SiloAddress) is null
                ? $"Redis no longer lists this silo ({silo.SiloAddress}) in the cluster's membership table"
                : null;
        }
        catch (RedisClusteringException e)
        {
            return $"Redis has lost the cluster's membership table (restarted without its data?): {e.Message}";
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Out of reach for now: silos that have joined go on calling each other directly.
            log.LogDebug(e, "Could not read the membership table; checking again in {Period}", period);
            return null;
        }
    }

    private Task Start(CancellationToken _)
    {
        _checking = Task.Run(() => Check(_stopping.Token));
        return Task.CompletedTask;
    }

    private async Task Stop(CancellationToken _)
    {
        await _stopping.CancelAsync();
        await _checking;
    }

    private async Task Check(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(period);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                if (await Lost(stopping) is not { } why)
                    continue;
                var message = $"{why}. This silo is stopping so that it starts again and joins the cluster afresh; "
                    + "every acknowledged write is already stored.";
                log.LogCritical("{Message}", message);
                // The console logger writes from a queue that stopping at once would cut short.
                Console.Error.WriteLine(message);
                Environment.FailFast(message);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // the silo is shutting down
        }
    }
}
