using Convening.Testing;

namespace Convening.Storage.Tests.Crash;

/// <summary>Nothing is acknowledged to a user before it is durable: a SIGKILL loses no acknowledged write.</summary>
public sealed class CrashTests
{
    private const int Places = 50;

    [Fact]
    public async Task AcknowledgedPlaces_SurviveTheServerBeingKilled()
    {
        using var data = new TempDir("crash");
        var acknowledged = new List<string>();
        string before;
        await using (var server = await ServerProcess.StartAsync(data.Path))
        {
            await server.Graph.Register($"{Guid.NewGuid():N}@example.org", "correct horse battery staple", "Asha");
            for (var i = 0; i < Places; i++)
            {
                if (await server.Graph.TryCreatePlace($"Crash test place {i:00} {Guid.NewGuid():N}", "Survives a crash") is { } slug)
                    acknowledged.Add(slug);
            }
            await server.Crash();
            before = server.Output;
        }
        Assert.True(acknowledged.Count > 0, $"The server acknowledged none of the {Places} places.\n--- server ---\n{before}");

        await using var restarted = await ServerProcess.StartAsync(data.Path);
        var (slugs, total) = await restarted.Graph.ListPlaces();

        var lost = new List<string>();
        foreach (var slug in acknowledged)
        {
            if (!slugs.Contains(slug) || await restarted.Graph.PlaceName(slug) is null)
                lost.Add(slug);
        }
        Assert.True(lost.Count == 0,
            $"{lost.Count} of {acknowledged.Count} acknowledged places were lost: {string.Join(", ", lost)}\n"
            + $"--- before the crash ---\n{before}\n--- after the restart ---\n{restarted.Output}");
        Assert.True(total >= acknowledged.Count, $"totalCount {total} is less than the {acknowledged.Count} acknowledged places.");
    }
}
