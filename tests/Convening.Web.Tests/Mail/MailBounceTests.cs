using Convening.Contracts.Mail;
using Convening.Contracts.Notifications;
using Convening.Contracts.People;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.Mail;

/// <summary>
/// The mail service answers per recipient: an address it refuses for good is recorded and not tried
/// again while everyone else's mail goes; an address it refuses for now is retried with back-off
/// and sent once when it is accepted.
/// </summary>
public sealed class MailBounceTests
{
    [Fact]
    public async Task Mail_ToARefusedAddress_IsRecordedNotRetried_ToABusyOne_ArrivesOnceLater_AndOthersStillGo()
    {
        await using var server = new RefusingSmtpServer();
        await using var app = new WebAppFixture(new Dictionary<string, string>
        {
            ["Convening:Mail:Smtp:Port"] = server.Port.ToString(),
            ["Convening:Mail:FirstRetry"] = "00:00:00.200",
            ["Convening:Mail:LongestRetry"] = "00:00:01",
            ["Convening:Mail:PollInterval"] = "00:00:00.200",
        });
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var (refused, busy, fine) = (await Person(grains, "gone"), await Person(grains, "busy"), await Person(grains, "fine"));
        server.Refuse(refused.Email);
        server.Delay(busy.Email);

        foreach (var person in new[] { refused, busy, fine })
            await grains.GetGrain<INotificationsGrain>(person.Id).Notify(new Notice("bounce:1", NoticeKind.Directory, "Your entry was published", "/directory", null));
        await server.DelayedAtLeast(2);
        server.Accept(busy.Email);
        var outbox = grains.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.Key);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await outbox.Count() > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(50);

        Assert.Equal(0, await outbox.Count());
        var bounce = Assert.Single(await outbox.Bounces());
        Assert.Equal(refused.Email, bounce.To);
        Assert.StartsWith("550", bounce.Reason, StringComparison.Ordinal);
        Assert.Single(server.Received, r => r.To == fine.Email);
        Assert.Single(server.Received, r => r.To == busy.Email);
        Assert.DoesNotContain(server.Received, r => r.To == refused.Email);
    }

    private static async Task<(string Id, string Email)> Person(IGrainFactory grains, string name)
    {
        var id = Guid.NewGuid().ToString("N");
        var email = $"{name}-{id}@example.org";
        await grains.GetGrain<IPersonGrain>(id).Create(email, name);
        return (id, email);
    }
}
