using System.Buffers;
using System.Text;
using Convening.Testing;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Convening.Web.Tests.Mail;

/// <summary>
/// A second real SMTP server (SmtpServer, over TCP on loopback) that answers a recipient the way a
/// mail service would: refused for good (550) for addresses listed in <see cref="Refused"/>, refused
/// for now (451) for those in <see cref="Busy"/> until they are taken out, accepted otherwise.
/// </summary>
public sealed class RefusingSmtpServer : IMailboxFilter, IMessageStore, IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly object _gate = new();
    private readonly List<(string To, string Data)> _received = [];

    public RefusingSmtpServer()
    {
        Port = FreePort.Next();
        var options = new SmtpServerOptionsBuilder().ServerName("127.0.0.1").Endpoint(e => e.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add((IMailboxFilter)this);
        services.Add((IMessageStore)this);
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    private HashSet<string> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    private HashSet<string> Busy { get; } = new(StringComparer.OrdinalIgnoreCase);

    private TaskCompletionSource _busyAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Mail for this address is refused for good (550).</summary>
    public void Refuse(string address)
    {
        lock (_gate) Refused.Add(address);
    }

    /// <summary>Mail for this address is refused for now (451) until <see cref="Accept"/>.</summary>
    public void Delay(string address)
    {
        lock (_gate) Busy.Add(address);
    }

    public void Accept(string address)
    {
        lock (_gate) Busy.Remove(address);
    }

    /// <summary>Completes once the server has said "try again later" this many times.</summary>
    public async Task DelayedAtLeast(int times)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Task answered;
            lock (_gate)
            {
                if (BusyAnswers >= times)
                    return;
                answered = _busyAnswered.Task;
            }
            await answered.WaitAsync(deadline - DateTime.UtcNow);
        }
    }

    private int BusyAnswers { get; set; }

    public IReadOnlyList<(string To, string Data)> Received
    {
        get { lock (_gate) return [.. _received]; }
    }

    public Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<bool> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
    {
        var address = to.AsAddress();
        lock (_gate)
        {
            if (Refused.Contains(address))
                throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)550, "5.1.1 No such mailbox here"));
            if (Busy.Contains(address))
            {
                BusyAnswers++;
                var answered = _busyAnswered;
                _busyAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);
                answered.SetResult();
                throw new SmtpResponseException(new SmtpResponse((SmtpReplyCode)451, "4.3.0 Try again later"));
            }
        }
        return Task.FromResult(true);
    }

    public Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var data = Encoding.UTF8.GetString(buffer.ToArray());
        lock (_gate)
            foreach (var to in transaction.To)
                _received.Add((to.AsAddress(), data));
        return Task.FromResult(SmtpResponse.Ok);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
        _stop.Dispose();
    }
}
