using MimeKit;

namespace Convening.Testing;

/// <summary>
/// The image's mail, read as a person on the embedded default reads it: the .eml files the app
/// writes to the outbox folder under its data path (the smoke script passes the host side of that
/// folder as CONVENING_SMOKE_OUTBOX). The same calls as the tests' SMTP server, so the tests' API
/// client (Api.Register) verifies addresses against the running image unchanged.
/// </summary>
public static class TestMail
{
    private static readonly HashSet<string> Taken = [];

    /// <summary>The answer to registering: the confirmation, or the note that the address already has an account.</summary>
    public static Task<MimeMessage> Registration(string to) =>
        Next(to, ["Confirm your email address", "Someone tried to create a Convening account"]);

    /// <summary>The oldest message to <paramref name="to"/> whose subject starts with <paramref name="subject"/> not yet taken; waits for it.</summary>
    public static Task<MimeMessage> Next(string to, string subject) => Next(to, [subject]);

    private static async Task<MimeMessage> Next(string to, IReadOnlyList<string> subjects)
    {
        var folder = Environment.GetEnvironmentVariable("CONVENING_SMOKE_OUTBOX")
            ?? throw new InvalidOperationException("CONVENING_SMOKE_OUTBOX is not set: the smoke script names the image's outbox folder.");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
        while (DateTime.UtcNow < deadline)
        {
            if (Find(folder, to, subjects) is { } message)
                return message;
            await ticks.WaitForNextTickAsync();
        }
        throw new TimeoutException($"No email to {to} arrived in {folder} within 60 s.");
    }

    private static MimeMessage? Find(string folder, string to, IReadOnlyList<string> subjects)
    {
        if (!Directory.Exists(folder))
            return null;
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml").Order().Where(f => !Taken.Contains(f)))
        {
            var message = MimeMessage.Load(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                && subjects.Any(s => (message.Subject ?? "").StartsWith(s, StringComparison.Ordinal)))
            {
                Taken.Add(file);
                return message;
            }
        }
        return null;
    }

    /// <summary>The 'token' parameter of the message's first link.</summary>
    public static string Token(MimeMessage message)
    {
        var link = (message.TextBody ?? "").Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("http", StringComparison.Ordinal));
        var query = new Uri(link).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal));
        return Uri.UnescapeDataString(query["token=".Length..]);
    }
}
