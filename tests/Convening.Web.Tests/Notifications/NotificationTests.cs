using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts.Notifications;
using Convening.Testing;
using Convening.Web.Tests.Gatherings;
using MimeKit;

namespace Convening.Web.Tests.Notifications;

/// <summary>
/// Notifications end to end, through the real reminder, outbox and SMTP server: an action's owner
/// is told once, reminded the day before, by digest when they choose; one-click unsubscribe works
/// without signing in and refuses a tampered link; nobody else hears, and a removed member hears nothing more.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class NotificationTests(NotificationHost host)
{
    private const string Given = "You have a new action from";
    private const string List = "{ notifications { unreadCount hasNextPage nodes { id kind title path read } } }";

    [Fact]
    public async Task ActionGiven_TellsTheOwnerOnce_InTheCentreAndByEmail_AndNoOneElse()
    {
        var s = await GatheringApi.Setup(host.App);
        var action = await AddAction(s.Convenor, s, s.Member, "Book the room for the next session", days: 14);

        var mail = await TestMail.Next(s.Member.Email, Given);
        Assert.Equal($"{Given} Trailblazer check-in: Book the room for the next session", mail.Subject);
        Assert.EndsWith($"/gatherings/{s.GatheringId}#actions", TestMail.Link(mail));
        Assert.NotNull(mail.HtmlBody);
        Assert.StartsWith("<http", mail.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);

        // Changing the action's text (same owner) is not a second "given".
        (await GatheringApi.Mutate(s.Convenor, "updateAction", "UpdateActionInput",
            new { gatheringId = s.GatheringId, itemId = action, text = "Book the big room", ownerId = s.Member.Id, due = Day(14) })).ShouldSucceed();
        var mine = (await s.Member.Api.Post(List)).ShouldSucceed().Data!["notifications"]!;
        Assert.Equal(1, mine["unreadCount"]!.GetValue<int>());
        var only = Assert.Single(mine["nodes"]!.AsArray());
        Assert.Equal("ACTIONS", only!["kind"]!.GetValue<string>());
        Assert.Equal($"/gatherings/{s.GatheringId}#actions", only["path"]!.GetValue<string>());

        foreach (var other in new[] { s.Convenor, s.Observer })
            Assert.Empty((await other.Api.Post(List)).ShouldSucceed().Data!["notifications"]!["nodes"]!.AsArray());
        await host.OutboxDrained();
        Assert.Single(TestMail.All(s.Member.Email), m => m.Subject!.StartsWith(Given, StringComparison.Ordinal));
        Assert.DoesNotContain(TestMail.All(s.Observer.Email), m => m.Subject!.StartsWith(Given, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkNotificationsRead_OneThenAll_LowersTheUnreadCount()
    {
        var s = await GatheringApi.Setup(host.App);
        await AddAction(s.Convenor, s, s.Member, "First", days: 10);
        await AddAction(s.Convenor, s, s.Member, "Second", days: 11);
        var nodes = (await s.Member.Api.Post(List)).ShouldSucceed().Data!["notifications"]!["nodes"]!.AsArray();
        Assert.Equal(2, nodes.Count);

        var one = (await s.Member.Api.Post("mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { notifications { unreadCount } } }",
            new { i = new { ids = new[] { nodes[0]!["id"]!.GetValue<string>() } } })).ShouldSucceed();
        Assert.Equal(1, one.Data!["markNotificationsRead"]!["notifications"]!["unreadCount"]!.GetValue<int>());
        var all = (await s.Member.Api.Post("mutation { markNotificationsRead(input: { all: true }) { notifications { unreadCount nodes { read } } } }")).ShouldSucceed();
        Assert.Equal(0, all.Data!["markNotificationsRead"]!["notifications"]!["unreadCount"]!.GetValue<int>());
        Assert.All(all.Data!["markNotificationsRead"]!["notifications"]!["nodes"]!.AsArray(), n => Assert.True(n!["read"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task ActionDue_RemindsTheOwnerTheDayBefore_ThroughTheReminder()
    {
        var s = await GatheringApi.Setup(host.App);
        await AddAction(s.Convenor, s, s.Member, "Send the notes round", days: 3);
        await TestMail.Next(s.Member.Email, Given);

        host.Clock.Advance(TimeSpan.FromDays(3));

        var reminder = await TestMail.Next(s.Member.Email, "Due tomorrow: Send the notes round");
        Assert.EndsWith($"/gatherings/{s.GatheringId}#actions", TestMail.Link(reminder));
        var titles = (await host.Centre(s.Member)).Items.Select(i => i.Title).ToList();
        Assert.Contains("Due tomorrow: Send the notes round", titles);
    }

    [Fact]
    public async Task Digest_GathersTheDaysActions_IntoOneEmail_SentByTheReminder()
    {
        var s = await GatheringApi.Setup(host.App);
        (await s.Member.Api.Post("mutation { setNotificationPreference(input: { kind: ACTIONS, delivery: DIGEST }) { notificationPreferences { choices { kind delivery } } } }")).ShouldSucceed();
        await AddAction(s.Convenor, s, s.Member, "Draft the terms of reference", days: 20);
        await AddAction(s.Convenor, s, s.Member, "Invite the housing team", days: 21);
        Assert.Equal(2, (await host.Centre(s.Member)).Unread);

        host.Clock.Advance(TimeSpan.FromDays(1));

        var digest = await TestMail.Next(s.Member.Email, "Your daily summary: actions given to you (2)");
        Assert.Contains("Draft the terms of reference", digest.TextBody);
        Assert.Contains("Invite the housing team", digest.TextBody);
        Assert.Contains("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        await host.OutboxDrained();
        Assert.DoesNotContain(TestMail.All(s.Member.Email), m => m.Subject!.StartsWith(Given, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unsubscribe_OneClickPost_WithoutSigningIn_StopsThatKindOnly()
    {
        var s = await GatheringApi.Setup(host.App);
        await AddAction(s.Convenor, s, s.Member, "Ring the GP surgery", days: 9);
        var link = UnsubscribeLink(await TestMail.Next(s.Member.Email, Given));

        using var mailApp = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        var confirm = await mailApp.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Stop emails about actions given to you?", await confirm.Content.ReadAsStringAsync());
        Assert.Equal("AT_ONCE", await Choice(s.Member, "ACTIONS"));

        var posted = await mailApp.PostAsync(link, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("OFF", await Choice(s.Member, "ACTIONS"));
        Assert.Equal("AT_ONCE", await Choice(s.Member, "MENTIONS"));
        await AddAction(s.Convenor, s, s.Member, "Chase the minutes", days: 9);
        Assert.Contains((await host.Centre(s.Member)).Items, i => i.Title.EndsWith("Chase the minutes", StringComparison.Ordinal));
        await host.OutboxDrained();
        Assert.DoesNotContain(TestMail.All(s.Member.Email), m => m.Subject!.EndsWith("Chase the minutes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unsubscribe_TamperedLink_IsRefusedWithAClearPage_AndChangesNothing()
    {
        var s = await GatheringApi.Setup(host.App);
        await AddAction(s.Convenor, s, s.Member, "Collect the feedback", days: 9);
        var link = UnsubscribeLink(await TestMail.Next(s.Member.Email, Given));
        var token = Uri.UnescapeDataString(link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var altered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var tampered = link[..(link.IndexOf("token=", StringComparison.Ordinal) + 6)] + Uri.EscapeDataString(altered);

        using var mailApp = new HttpClient(new HttpClientHandler { UseCookies = false });
        var posted = await mailApp.PostAsync(tampered, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Contains("This unsubscribe link does not work", await posted.Content.ReadAsStringAsync());
        Assert.Equal("AT_ONCE", await Choice(s.Member, "ACTIONS"));
    }

    [Fact]
    public async Task RemovedMember_LosesTheGroupsNotifications_AndTheirWaitingDigestAndReminders()
    {
        var s = await GatheringApi.Setup(host.App);
        (await s.Member.Api.Post("mutation { setNotificationPreference(input: { kind: ACTIONS, delivery: DIGEST }) { notificationPreferences { choices { kind } } } }")).ShouldSucceed();
        await AddAction(s.Convenor, s, s.Member, "Something private to the group", days: 2);
        Assert.Single((await host.Centre(s.Member)).Items);

        (await s.Convenor.Api.Post("mutation($i: RemoveMemberInput!) { removeMember(input: $i) { group { id } } }",
            new { i = new { groupId = s.GroupId, personId = s.Member.Id } })).ShouldSucceed();

        Assert.Empty((await s.Member.Api.Post(List)).ShouldSucceed().Data!["notifications"]!["nodes"]!.AsArray());
        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.Grains.GetGrain<INotificationsGrain>(s.Member.Id).SendDue();
        await host.OutboxDrained();
        Assert.DoesNotContain(TestMail.All(s.Member.Email), m => (m.TextBody ?? "").Contains("Something private", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notifications_WithoutSigningIn_AreRefused()
    {
        var reply = await host.App.GraphQL().Post(List);
        Assert.Equal("auth.required", reply.ErrorCode);
    }

    private async Task<string> AddAction(Person by, GatheringSetup s, Person owner, string text, int days)
    {
        var reply = (await GatheringApi.Mutate(by, "addAction", "AddActionInput",
            new { gatheringId = s.GatheringId, text, ownerId = owner.Id, due = Day(days) })).ShouldSucceed();
        return reply.Data!["addAction"]!["gathering"]!["actions"]!.AsArray().Last(a => a!["text"]!.GetValue<string>() == text)!["id"]!.GetValue<string>();
    }

    private string Day(int days) => host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(days).ToString("yyyy-MM-dd");

    private static string UnsubscribeLink(MimeMessage mail) => mail.Headers["List-Unsubscribe"]!.Trim('<', '>');

    private static async Task<string> Choice(Person person, string kind)
    {
        var choices = (await person.Api.Post("{ notificationPreferences { choices { kind delivery } } }")).ShouldSucceed().Data!["notificationPreferences"]!["choices"]!.AsArray();
        return choices.Single(c => c!["kind"]!.GetValue<string>() == kind)!["delivery"]!.GetValue<string>();
    }
}
