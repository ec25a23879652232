using Convening.Contracts.Mail;
using Convening.Contracts.Notifications;
using Convening.Testing;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Notifications;

/// <summary>Bad input: a burst of a thousand notices to one person is bounded and coalesced, and retries send once.</summary>
[Collection(NotificationCollection.Name)]
public sealed class NotificationBurstTests(NotificationHost host)
{
    [Fact]
    public async Task BurstOf1000Mentions_IsOneEmailAtOnce_ThenOneGatheredEmail_AndTheListStaysBounded()
    {
        var s = await GatheringApi.Setup(host.App);
        var centre = host.Grains.GetGrain<INotificationsGrain>(s.Member.Id);

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(i =>
            centre.Notify(new Notice($"burst:{i}", NoticeKind.Mentions, $"Asha mentioned you on card {i}", $"/gatherings/{s.GatheringId}", s.GroupId))));
        var first = await TestMail.Next(s.Member.Email, "Asha mentioned you on card");
        host.Clock.Advance(TimeSpan.FromMinutes(11));

        var gathered = await TestMail.Next(s.Member.Email, "Mentions of you: 999 more");
        Assert.Contains("And 969 more in your notifications", gathered.TextBody);
        await host.OutboxDrained();
        Assert.Equal(2, TestMail.All(s.Member.Email).Count(m => m.Subject!.StartsWith("Asha mentioned", StringComparison.Ordinal) || m.Subject.StartsWith("Mentions of you", StringComparison.Ordinal)));
        var page = await host.Centre(s.Member);
        Assert.Equal(NotificationLimits.Kept, page.Unread);
        Assert.NotNull(first.HtmlBody);
    }

    [Fact]
    public async Task Outbox_1000MessagesEachEnqueuedTwiceAtOnce_AreEachSentOnce_NothingLost()
    {
        var to = $"burst-{Guid.NewGuid():N}@example.org";
        var messages = Enumerable.Range(0, 1000).Select(i => EmailMessage.Create(to, $"Burst message {i:D4}", "One of a thousand.")).ToList();
        var outbox = host.Grains.GetGrain<IMailOutboxGrain>(IMailOutboxGrain.Key);

        // Each message twice at once (a sender retrying), a hundred at a time.
        foreach (var wave in messages.Chunk(100))
            await Task.WhenAll(wave.Concat(wave).Select(outbox.Enqueue));
        // A thousand SMTP conversations, one after another, take a while on a busy machine.
        await host.OutboxDrained(withinSeconds: 240);

        var subjects = TestMail.All(to).Select(m => m.Subject).ToList();
        Assert.Equal(1000, subjects.Count);
        Assert.Equal(messages.Select(m => m.Subject), subjects.Order());
    }

    [Fact]
    public async Task Notify_RetriedWithTheSameKey_RecordsAndSendsOnce()
    {
        var s = await GatheringApi.Setup(host.App);
        var centre = host.Grains.GetGrain<INotificationsGrain>(s.Member.Id);
        var notice = new Notice("retry:1", NoticeKind.Gatherings, "Retried notice", $"/gatherings/{s.GatheringId}", s.GroupId);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => centre.Notify(notice)));
        await TestMail.Next(s.Member.Email, "Retried notice");
        await host.OutboxDrained();

        Assert.Single((await host.Centre(s.Member)).Items, i => i.Title == "Retried notice");
        Assert.Single(TestMail.All(s.Member.Email), m => m.Subject == "Retried notice");
    }

    [Fact]
    public async Task Notify_ToAnOutsider_AboutAGroupsWork_IsDropped()
    {
        var s = await GatheringApi.Setup(host.App);
        var outsider = await new Scenario(host.App).Register("Zed");

        await host.Grains.GetGrain<INotificationsGrain>(outsider.Id)
            .Notify(new Notice("outsider:1", NoticeKind.Gatherings, "Not for outsiders", $"/gatherings/{s.GatheringId}", s.GroupId));
        await host.OutboxDrained();

        Assert.Empty((await host.Centre(outsider)).Items);
        Assert.DoesNotContain(TestMail.All(outsider.Email), m => m.Subject == "Not for outsiders");
    }
}
