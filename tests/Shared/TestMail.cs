using System.Runtime.CompilerServices;
using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace Convening.Testing;

/// <summary>
/// A real SMTP server (netDumbster, over TCP on loopback) for the whole test process, started
/// before any test. Every host a test starts (in-process or as a child process) sends its mail
/// here, because the Convening__Mail__Smtp__* environment variables point at it; a host that sets
/// its own mail settings overrides them. Tests read messages back by recipient.
/// </summary>
public static class TestMail
{
    private static readonly object Gate = new();
    private static readonly List<MimeMessage> Received = [];
    private static readonly HashSet<MimeMessage> Taken = [];
    private static TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private static SimpleSmtpServer? _server;

    public static int Port { get; private set; }

#pragma warning disable CA2255 // Deliberately a module initializer: hosts read the settings when they start, before any test code runs.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Start()
    {
        Port = FreePort.Next();
        _server = SimpleSmtpServer.Start(Port);
        _server.MessageReceived += (_, e) => Arrive(e.Message.Data);
        Default("Convening__Mail__Smtp__Host", "127.0.0.1");
        Default("Convening__Mail__Smtp__Port", Port.ToString());
        Default("Convening__Mail__Smtp__Security", "None");
        // Every test client connects from loopback; the rate-limit tests set their own limit.
        Default("Convening__Accounts__AttemptsPerMinutePerAddress", "1000000");
        // Moderators and stewards sign in with a password alone in tests, except in the tests of the rule
        // that requires a second factor of them (SecondFactorRequiredTests), which turn it on.
        Default("Convening__Accounts__RequireSecondFactorFor", "None");
    }

    /// <summary>The oldest message to <paramref name="to"/> whose subject starts with <paramref name="subject"/> that no test has taken yet; waits for it.</summary>
    public static Task<MimeMessage> Next(string to, string subject, TimeSpan? timeout = null) =>
        Next(to, [subject], timeout);

    /// <summary>
    /// The answer to registering: the confirmation email, or the note that the address already has
    /// an account (other mail, such as an invitation, may have reached the address first).
    /// </summary>
    public static Task<MimeMessage> Registration(string to) =>
        Next(to, ["Confirm your email address", "Someone tried to create a Convening account"]);

    /// <summary>The oldest untaken message to <paramref name="to"/> whose subject starts with any of <paramref name="subjects"/>; waits for it.</summary>
    public static async Task<MimeMessage> Next(string to, IReadOnlyList<string> subjects, TimeSpan? timeout = null)
    {
        var subject = string.Join("' or '", subjects);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            Task arrived;
            lock (Gate)
            {
                var message = Received.FirstOrDefault(m => !Taken.Contains(m) && IsTo(m, to) && subjects.Any(p => (m.Subject ?? "").StartsWith(p, StringComparison.Ordinal)));
                if (message is not null)
                {
                    Taken.Add(message);
                    return message;
                }
                arrived = _arrived.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(arrived, Task.Delay(left)) != arrived)
                throw new TimeoutException($"No email to {to} with a subject starting '{subject}' arrived. Received for it: {string.Join("; ", All(to).Select(m => m.Subject))}");
        }
    }

    /// <summary>Every message sent to <paramref name="to"/> so far, taken or not.</summary>
    public static IReadOnlyList<MimeMessage> All(string to)
    {
        lock (Gate)
            return [.. Received.Where(m => IsTo(m, to))];
    }

    /// <summary>The first link in a message.</summary>
    public static string Link(MimeMessage message) =>
        (message.TextBody ?? "").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("http", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The email '{message.Subject}' has no link: {message.TextBody}");

    /// <summary>The 'token' parameter of a message's link, as the link's page would read it.</summary>
    public static string Token(MimeMessage message)
    {
        var query = new Uri(Link(message)).Query.TrimStart('?').Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal));
        return Uri.UnescapeDataString(query["token=".Length..]);
    }

    private static void Arrive(string data)
    {
        var message = MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(data)));
        lock (Gate)
        {
            Received.Add(message);
            var arrived = _arrived;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived.SetResult();
        }
    }

    private static bool IsTo(MimeMessage message, string to) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase));

    private static void Default(string name, string value)
    {
        if (Environment.GetEnvironmentVariable(name) is null)
            Environment.SetEnvironmentVariable(name, value);
    }
}
