using System.Diagnostics;
using Convening.Contracts.Accounts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Places;
using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Bench;

/// <summary>
/// Entries imported per second through the organisation grains (validation, a durable state write
/// and the directory feed each), against plain durable SQLite writes measured in the same run.
/// </summary>
public static class ImportBench
{
    public const string Moderator = "bench-moderator@example.org";

    public static async Task Run(int entries, int parallel)
    {
        var (sqlite, _) = await StorageBench.Compare(300, withCosmos: false);
        await using var host = new BenchHost(("Convening:Directory:Moderators:0", Moderator));
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var account = grains.GetGrain<IAccountGrain>(Moderator);
        var moderator = (await account.Verify((await account.Register("a long enough password", "Bench Moderator")).Secret!, "Bench")).PersonId;
        foreach (var place in GeneratedDirectory.Places)
            await grains.GetGrain<IPlaceGrain>(place).Create(new CreatePlace(place, "Bench"), moderator);
        var documents = GeneratedDirectory.Documents(entries, seed: 3);

        var start = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (d, _) => await grains.GetGrain<IOrganisationGrain>(d.Id).Import(d.Content, moderator));
        var rate = entries / Stopwatch.GetElapsedTime(start).TotalSeconds;

        Console.WriteLine($"# Directory import ({Environment.ProcessorCount} cores, {entries:N0} entries, {parallel} at a time)\n");
        Console.WriteLine("| what | per second | ratio to plain SQLite writes |\n| --- | ---: | ---: |");
        Console.WriteLine($"| plain durable SQLite writes, one at a time | {sqlite:F0} | 1.00 |");
        Console.WriteLine($"| entries imported (validate, store, feed) | {rate:F0} | {rate / sqlite:F2} |");
    }
}
