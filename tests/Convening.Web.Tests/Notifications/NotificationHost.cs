using Convening.Contracts.Mail;
using Convening.Contracts.Notifications;
using Convening.Grains;
using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.Notifications;

/// <summary>
/// A host whose grains' clock the tests move (a day passes in a call), with each person's reminder
/// ticking every second and the mail sender looking every 200 ms, so timed notifications arrive in
/// seconds through the real reminder, outbox and SMTP server.
/// </summary>
public sealed class NotificationHost : IDisposable
{
    public NotificationHost()
    {
        App = new WebAppFixture(new Dictionary<string, string>
        {
            ["Convening:Reminders:MinimumReminderPeriod"] = "00:00:01",
            ["Convening:Notifications:Tick"] = "00:00:01",
            ["Convening:Mail:PollInterval"] = "00:00:00.200",
        }, s => s.AddSingleton(new GrainClock(Clock)));
    }

    public MovableTime Clock { get; } = new();

    public WebAppFixture App { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public Task<NotificationPage> Centre(Person person) => Grains.GetGrain<INotificationsGrain>(person.Id).List(50, null, person.Id);

    /// <summary>
    /// Waits until everything queued so far has been handed to the SMTP server, so a test can then
    /// say that an email was not sent (it would have arrived by now).
    /// </summary>
    public async Task OutboxDrained(int withinSeconds = 30)
    {
        var outbox = Grains.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.Key);
        var deadline = DateTime.UtcNow.AddSeconds(withinSeconds);
        while (await outbox.Count() > 0)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The outbox did not empty within {withinSeconds} s.");
            await Task.Delay(50);
        }
    }

    public void Dispose() => App.Dispose();
}

/// <summary>Real time, moved forward on demand: the grains' clock only, so Orleans' own timers are untouched.</summary>
public sealed class MovableTime : TimeProvider
{
    private long _ticks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _ticks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}

[CollectionDefinition(Name)]
[RunsLong] // A thousand emails and a 500-member group: about 100 s in CI.
public sealed class NotificationCollection : ICollectionFixture<NotificationHost>
{
    public const string Name = "notifications";
}
