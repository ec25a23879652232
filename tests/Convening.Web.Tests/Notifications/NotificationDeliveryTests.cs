using Convening.Contracts.Mail;
using Convening.Contracts.Notifications;
using Convening.Contracts.People;
using Convening.Testing;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace Convening.Web.Tests.Notifications;

/// <summary>The mail server is down when a notification is due: its email waits, is retried with back-off, and arrives once, when the server is back.</summary>
public sealed class NotificationDeliveryTests
{
    [Fact]
    public async Task NotificationEmail_WhileTheSmtpServerIsDown_IsRetried_AndArrivesOnceWhenItIsBack()
    {
        var port = FreePort.Next();
        await using var app = new WebAppFixture(new Dictionary<string, string>
        {
            ["Convening:Mail:Smtp:Port"] = port.ToString(),
            ["Convening:Mail:FirstRetry"] = "00:00:00.200",
            ["Convening:Mail:LongestRetry"] = "00:00:01",
            ["Convening:Mail:PollInterval"] = "00:00:00.200",
        });
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var personId = Guid.NewGuid().ToString("N");
        var email = $"told-{personId}@example.org";
        await grains.GetGrain<IPersonGrain>(personId).Create(email, "Tola");
        var centre = grains.GetGrain<INotificationsGrain>(personId);

        var notice = new Notice("down:1", NoticeKind.Directory, "Your entry was published", "/directory", null);
        await centre.Notify(notice);
        await centre.Notify(notice);

        // Nothing listens on the port yet: the send fails and the message stays in the outbox.
        var outbox = grains.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.Key);
        Assert.Equal(1, await outbox.Count());
        using var server = SimpleSmtpServer.Start(port);
        var arrived = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server.MessageReceived += (_, e) => arrived.TrySetResult(e.Message.Data);

        var data = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await outbox.Count() > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        Assert.Contains("Your entry was published", data);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click", data);
        Assert.Equal(0, await outbox.Count());
        Assert.Equal(1, server.ReceivedEmailCount);
    }
}
