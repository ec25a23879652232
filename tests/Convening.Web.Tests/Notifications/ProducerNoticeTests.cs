using System.Net;
using Convening.Testing;
using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Notifications;

/// <summary>
/// The producers beyond actions and gatherings, end to end: @name mentions in notes and on a board
/// card, new special-cause signals on a measure, and the convenors' page of overdue actions. Each is
/// checked for who is told (or may see) and who is not.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class ProducerNoticeTests(NotificationHost host)
{
    private const string Change = "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }";

    [Fact]
    public async Task Mentions_InNotesAndOnACard_TellTheNamedMembersOnce_AndAnOutsidersNameTellsNobody()
    {
        var s = await GatheringApi.Setup(host.App);
        var outsider = await new Scenario(host.App).Register("Zed");

        (await GatheringApi.Mutate(s.Convenor, "updateGatheringNotes", "UpdateGatheringNotesInput", new { gatheringId = s.GatheringId,
            text = "@Ben to bring the waiting-list figures. Ask @Zed. Write to ben@example.org.", baseVersion = 0 })).ShouldSucceed();
        (await GatheringApi.Mutate(s.Convenor, "updateGatheringNotes", "UpdateGatheringNotesInput", new { gatheringId = s.GatheringId,
            text = "@ben thanks for the figures.", baseVersion = 1 })).ShouldSucceed();
        var board = (await s.Convenor.Api.Post("mutation($i: OpenBoardInput!) { openBoard(input: $i) { board { id lanes { id } } } }",
            new { i = new { groupId = s.GroupId, title = "Waiting lists" } })).ShouldSucceed().Data!["openBoard"]!["board"]!;
        (await s.Member.Api.Post(Change, new { i = new { boardId = board["id"]!.GetValue<string>(), action = "ADD_CARD",
            laneId = board["lanes"]![0]!["id"]!.GetValue<string>(), text = "@Olu could you check the housing numbers?" } })).ShouldSucceed();

        var mail = await TestMail.Next(s.Member.Email, "Asha mentioned you in the notes of Trailblazer check-in");
        Assert.EndsWith($"/gatherings/{s.GatheringId}#notes", TestMail.Link(mail));
        Assert.DoesNotContain("figures", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        var observerMail = await TestMail.Next(s.Observer.Email, "Ben mentioned you on the board Waiting lists");
        Assert.Contains($"/boards/{board["id"]!.GetValue<string>()}#card-", TestMail.Link(observerMail), StringComparison.Ordinal);
        await host.OutboxDrained();
        Assert.Single((await host.Centre(s.Member)).Items, i => i.Title.Contains("mentioned you in the notes", StringComparison.Ordinal));
        Assert.Empty((await host.Centre(outsider)).Items);
        Assert.DoesNotContain(TestMail.All(outsider.Email), m => m.Subject!.Contains("mentioned you", StringComparison.Ordinal));
        Assert.DoesNotContain((await host.Centre(s.Convenor)).Items, i => i.Title.Contains("mentioned you", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NewSpecialCauseSignal_TellsTheGroupOnce_NotAgainAsMoreDataArrives_NorOutsiders()
    {
        var c = await CycleScenario.Create(host.App);
        var cycleId = await c.StartCycle(c.Convenor);
        var measureId = await c.AddMeasure(c.Convenor, cycleId);
        (await c.Member.Api.Post("mutation { setNotificationPreference(input: { kind: SIGNALS, delivery: AT_ONCE }) { notificationPreferences { choices { kind } } } }")).ShouldSucceed();
        // Twenty-five steady weeks (10, 12, 10, …: no signal), then a week far above the limits.
        await AddPoints(c, cycleId, measureId, Enumerable.Range(0, 25).Select(w => (w, w % 2 == 0 ? 10.0 : 12.0)));
        Assert.DoesNotContain((await host.Centre(c.Member)).Items, i => i.Title.StartsWith("A new signal", StringComparison.Ordinal));

        await AddPoints(c, cycleId, measureId, [(25, 30.0)]);
        var mail = await TestMail.Next(c.Member.Email, "A new signal on Hand-offs per young person: a point above the upper limit");
        Assert.EndsWith($"/cycles/{cycleId}/measures/{measureId}", TestMail.Link(mail));
        Assert.Contains("change for the worse", mail.TextBody, StringComparison.Ordinal);

        await AddPoints(c, cycleId, measureId, [(26, 11.0)]);
        await host.OutboxDrained();
        Assert.Single((await host.Centre(c.Member)).Items, i => i.Title.StartsWith("A new signal", StringComparison.Ordinal));
        Assert.Single((await host.Centre(c.Observer)).Items, i => i.Title.StartsWith("A new signal", StringComparison.Ordinal));
        Assert.Empty((await host.Centre(c.Outsider)).Items);
        Assert.Single(TestMail.All(c.Member.Email), m => m.Subject!.StartsWith("A new signal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverdueActions_AreListedForConvenors_AndRefusedToEveryoneElse()
    {
        var s = await GatheringApi.Setup(host.App);
        var yesterday = host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(-1).ToString("yyyy-MM-dd");
        var nextWeek = host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(7).ToString("yyyy-MM-dd");
        foreach (var (text, due) in new[] { ("Send the referral figures", yesterday), ("Book the hall", nextWeek) })
            (await GatheringApi.Mutate(s.Convenor, "addAction", "AddActionInput", new { gatheringId = s.GatheringId, text, ownerId = s.Member.Id, due })).ShouldSucceed();

        var page = await (await CookieBrowser.SignedIn(host.App, s.Convenor)).Html($"/groups/{s.GroupId}/actions/overdue");

        Assert.Contains("Send the referral figures", page, StringComparison.Ordinal);
        Assert.Contains("Ben", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Book the hall", page, StringComparison.Ordinal);
        Assert.Contains("overdue-link", await (await CookieBrowser.SignedIn(host.App, s.Convenor)).Html($"/groups/{s.GroupId}"), StringComparison.Ordinal);
        var outsider = await new Scenario(host.App).Register("Nosy");
        foreach (var who in new[] { s.Member, s.Observer, outsider })
        {
            var refused = await (await CookieBrowser.SignedIn(host.App, who)).Get($"/groups/{s.GroupId}/actions/overdue");
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain("Send the referral figures", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ModeratorsDailyNote_ReachesAModeratorWhoHasNeverOpenedTheQueue_OnceADay_WhileEntriesWait_ToModeratorsOnly()
    {
        // The moderator only registers: they have never opened the queue or reviewed, yet are told.
        var moderator = await OrganisationDirectory.DirectoryApi.Moderator(host.App);
        var submitter = await new Scenario(host.App).Register("Sunita");
        await OrganisationDirectory.DirectoryApi.Submit(submitter, OrganisationDirectory.DirectoryApi.Content(await Scenario.CreatePlace(submitter), $"Waiting {OrganisationDirectory.DirectoryApi.Word()}"));

        var now = host.Clock.GetUtcNow();
        host.Clock.Advance(now.UtcDateTime.Date.AddDays(1).AddHours(7.5) - now.UtcDateTime);

        var note = await TestMail.Next(moderator.Email, "Directory entries waiting for review: ");
        Assert.EndsWith("/directory/moderation", TestMail.Link(note));
        await host.OutboxDrained();
        Assert.Single((await host.Centre(moderator)).Items, i => i.Title.StartsWith("Directory entries waiting", StringComparison.Ordinal) && i.At.Date == host.Clock.GetUtcNow().Date);
        Assert.DoesNotContain(TestMail.All(submitter.Email), m => m.Subject!.StartsWith("Directory entries waiting", StringComparison.Ordinal));
    }

    private static async Task AddPoints(CycleScenario c, string cycleId, string measureId, IEnumerable<(int Week, double Value)> points) =>
        (await c.Convenor.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId, points = points.Select(p => new { date = new DateOnly(2025, 1, 6).AddDays(7 * p.Week).ToString("yyyy-MM-dd"), value = p.Value }).ToArray() } })).ShouldSucceed();
}
