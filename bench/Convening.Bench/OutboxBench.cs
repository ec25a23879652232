using System.Diagnostics;
using Convening.Contracts.Mail;
using Convening.Grains.Mail;
using Convening.Storage.Sqlite;
using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Serialization;

namespace Convening.Bench;

/// <summary>
/// Enqueueing N emails durably on SQLite: the former outbox (its whole list rewritten on each
/// enqueue) against the log it now appends to (one row per message), in the same run.
/// </summary>
public static class OutboxBench
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();

    public static async Task Run(int messages)
    {
        Console.WriteLine("| messages | whole list rewritten (s) | appended to the log (s) | ratio |\n| ---: | ---: | ---: | ---: |");
        foreach (var n in new[] { messages / 4, messages })
        {
            var (rewrite, append) = (await Rewritten(n), await Appended(n));
            Console.WriteLine($"| {n:N0} | {rewrite:F2} | {append:F2} | {rewrite / append:F1} |");
        }
    }

    private static EmailMessage Message(int i) =>
        EmailMessage.Create($"person{i}@example.org", $"Asha mentioned you on card {i}", new string('x', 600)) with { Html = new string('y', 1200) };

    private static async Task<double> Rewritten(int n)
    {
        using var data = new TempDir("outbox-bench");
        var storage = new SqliteGrainStorage("bench", new SqliteDatabase(new SqliteStorageOptions { DataPath = data.Path }), Serializer, TimeProvider.System);
        var outbox = new OutboxState();
        var state = new GrainState<OutboxState>(outbox);
        var id = GrainId.Create("outbox", "outbox");
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++)
        {
            outbox.Entries.Add(new OutboxEntry { Message = Message(i) });
            await storage.WriteStateAsync("outbox", id, state);
        }
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static async Task<double> Appended(int n)
    {
        using var data = new TempDir("outbox-bench");
        var log = new SqliteEventLog(new SqliteDatabase(new SqliteStorageOptions { DataPath = data.Path }));
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < n; i++)
            await log.Append("mail-outbox:outbox", i, Serializer.SerializeToArray<OutboxChange>(new OutboxQueued(Message(i), DateTimeOffset.UtcNow)));
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
