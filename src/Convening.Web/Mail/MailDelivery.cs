using Convening.Contracts.Mail;
using Microsoft.Extensions.Options;

namespace Convening.Web.Mail;

/// <summary>
/// Each silo's sender: takes due messages from the outbox, sends them, and reports each one as
/// delivered or failed (the outbox then retries it with back-off). Runs when woken by
/// <see cref="MailQueue"/> and every poll interval, so retries and other silos' mail go out too.
/// </summary>
public sealed partial class MailDelivery(IGrainFactory grains, IEmailSender sender, IOptions<MailOptions> options, ILogger<MailDelivery> log)
    : BackgroundService
{
    private const int Batch = 20;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try { _wake.Release(); }
            catch (SemaphoreFullException) { /* already woken */ }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var outbox = grains.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.Key);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                IReadOnlyList<QueuedEmail> due;
                while ((due = await outbox.TakeDue(Batch, Lease)).Count > 0)
                    foreach (var queued in due)
                        await SendOne(outbox, queued, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The outbox itself could not be reached (the silo is starting or stopping); try next time.
                LogOutboxUnavailable(log, e);
            }
            try
            {
                await _wake.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SendOne(IMailOutboxGrain outbox, QueuedEmail queued, CancellationToken stoppingToken)
    {
        try
        {
            await sender.Send(queued.Message, stoppingToken);
        }
        catch (MailRejectedException e)
        {
            LogBounced(log, queued.Message.Id, e.Message);
            await outbox.Bounced(queued.Message.Id, e.Message);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSendFailed(log, queued.Message.Id, queued.Attempts + 1, e.Message);
            await outbox.Failed(queued.Message.Id, options.Value.FirstRetry, options.Value.LongestRetry);
            return;
        }
        await outbox.Delivered(queued.Message.Id);
    }

    [LoggerMessage(LogLevel.Warning, "Sending email {MessageId} failed (attempt {Attempt}); it stays in the outbox and is tried again: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, Guid messageId, int attempt, string reason);

    [LoggerMessage(LogLevel.Warning, "Email {MessageId} was refused for good and will not be tried again: {Reason}")]
    private static partial void LogBounced(ILogger logger, Guid messageId, string reason);

    [LoggerMessage(LogLevel.Warning, "The mail outbox could not be read; trying again shortly")]
    private static partial void LogOutboxUnavailable(ILogger logger, Exception exception);
}
