using Convening.Testing;
using Convening.Web.Tests.Gatherings;
using MimeKit;

namespace Convening.Web.Tests.Notifications;

/// <summary>
/// Gatherings reach members' calendars through the real SMTP server: an iCalendar REQUEST when a time
/// is set, a REQUEST with the same UID and a higher SEQUENCE when it moves, a CANCEL when it is called
/// off, and a reminder to reply for members who have not. The calendar part is read here with a few
/// lines of RFC 5545 unfolding, not with the library that wrote it. Observers get none of it.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class GatheringNoticeTests(NotificationHost host)
{
    private const string Title = "Trailblazer check-in";

    [Fact]
    public async Task GatheringPlannedMovedCancelled_MembersGetRequestRequestCancel_SameUid_RisingSequence_ObserversNothing()
    {
        var s = await GatheringApi.Setup(host.App);
        var start = InAWeek(10);
        await GatheringApi.Schedule(s.Convenor, s.GatheringId, start);

        var invite = await TestMail.Next(s.Member.Email, "You are invited: " + Title);
        var first = Calendar(invite, "REQUEST");
        Assert.Equal("REQUEST", first["METHOD"]);
        Assert.Equal($"{s.GatheringId}@gatherings.convening", first["UID"]);
        Assert.Equal("0", first.GetValueOrDefault("SEQUENCE", "0")); // RFC 5545: absent means 0
        Assert.EndsWith($"/gatherings/{s.GatheringId}", TestMail.Link(invite));
        Assert.StartsWith("<http", invite.Headers["List-Unsubscribe"]);
        Assert.Equal("REQUEST", Calendar(await TestMail.Next(s.Convenor.Email, "You are invited: " + Title), "REQUEST")["METHOD"]);

        await GatheringApi.Schedule(s.Convenor, s.GatheringId, start.AddHours(2));
        var moved = Calendar(await TestMail.Next(s.Member.Email, "Changed: " + Title), "REQUEST");
        Assert.Equal(first["UID"], moved["UID"]);
        Assert.Equal("1", moved["SEQUENCE"]);
        Assert.NotEqual(first["DTSTART"], moved["DTSTART"]);

        (await GatheringApi.Mutate(s.Convenor, "cancelGathering", "CancelGatheringInput", new { gatheringId = s.GatheringId, reason = "The room flooded" })).ShouldSucceed();
        var cancelled = Calendar(await TestMail.Next(s.Member.Email, "Cancelled: " + Title), "CANCEL");
        Assert.Equal("CANCEL", cancelled["METHOD"]);
        Assert.Equal(first["UID"], cancelled["UID"]);
        Assert.Equal("2", cancelled["SEQUENCE"]);
        Assert.Equal("CANCELLED", cancelled["STATUS"]);

        await host.OutboxDrained();
        Assert.DoesNotContain(TestMail.All(s.Observer.Email), m => m.Subject!.Contains(Title, StringComparison.Ordinal));
        Assert.Single(TestMail.All(s.Member.Email), m => m.Subject!.StartsWith("You are invited: " + Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReplyReminder_GoesTwoDaysBefore_OnlyToMembersWhoHaveNotReplied()
    {
        var s = await GatheringApi.Setup(host.App);
        await GatheringApi.Schedule(s.Convenor, s.GatheringId, InAWeek(14));
        (await GatheringApi.Mutate(s.Convenor, "respondToGathering", "RespondToGatheringInput", new { gatheringId = s.GatheringId, answer = "YES" })).ShouldSucceed();
        await TestMail.Next(s.Member.Email, "You are invited: " + Title);

        host.Clock.Advance(TimeSpan.FromDays(6));

        var reminder = await TestMail.Next(s.Member.Email, $"Are you coming to {Title}");
        Assert.EndsWith($"/gatherings/{s.GatheringId}#reply", TestMail.Link(reminder));
        await host.OutboxDrained();
        foreach (var other in new[] { s.Convenor, s.Observer })
            Assert.DoesNotContain(TestMail.All(other.Email), m => m.Subject!.StartsWith($"Are you coming to {Title}", StringComparison.Ordinal)
                && TestMail.Link(m).Contains(s.GatheringId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task LateJoiner_GetsTheInvitationAtTheCurrentSequence_LateObserverNothing_RemovedMemberACancelThenNothingMore()
    {
        var s = await GatheringApi.Setup(host.App);
        var start = InAWeek(11);
        await GatheringApi.Schedule(s.Convenor, s.GatheringId, start);
        await GatheringApi.Schedule(s.Convenor, s.GatheringId, start.AddHours(1));
        var moved = Calendar(await TestMail.Next(s.Member.Email, "Changed: " + Title), "REQUEST");
        var scenario = new Scenario(host.App);
        var (late, lateObserver) = (await scenario.Register("Lena"), await scenario.Register("Oona"));

        await Scenario.Join(s.Convenor, s.GroupId, late);
        await Scenario.Join(s.Convenor, s.GroupId, lateObserver, "OBSERVER");
        var invite = Calendar(await TestMail.Next(late.Email, "You are invited: " + Title), "REQUEST");
        Assert.Equal(moved["UID"], invite["UID"]);
        Assert.Equal("1", invite["SEQUENCE"]);
        Assert.Equal(moved["DTSTART"], invite["DTSTART"]);

        (await s.Convenor.Api.Post("mutation($i: RemoveMemberInput!) { removeMember(input: $i) { group { id } } }",
            new { i = new { groupId = s.GroupId, personId = s.Member.Id } })).ShouldSucceed();
        var withdrawn = Calendar(await TestMail.Next(s.Member.Email, "No longer in your calendar: " + Title), "CANCEL");
        Assert.Equal(moved["UID"], withdrawn["UID"]);
        await GatheringApi.Schedule(s.Convenor, s.GatheringId, start.AddHours(2));
        Assert.Equal("2", Calendar(await TestMail.Next(late.Email, "Changed: " + Title), "REQUEST")["SEQUENCE"]);

        await host.OutboxDrained();
        Assert.Single(TestMail.All(s.Member.Email), m => m.Subject!.StartsWith("Changed: " + Title, StringComparison.Ordinal));
        Assert.DoesNotContain(TestMail.All(lateObserver.Email), m => m.Subject!.Contains(Title, StringComparison.Ordinal));
    }

    /// <summary>A week ahead of the grains' clock (which other tests move), on the hour in London.</summary>
    private DateTimeOffset InAWeek(int hour)
    {
        var day = host.Clock.GetUtcNow().UtcDateTime.Date.AddDays(7).AddHours(hour);
        return new DateTimeOffset(day, TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(day));
    }

    /// <summary>
    /// The text/calendar part's properties (the VCALENDAR's and its VEVENT's, names without parameters),
    /// read by unfolding RFC 5545 lines by hand; also checks the MIME part names the same method.
    /// </summary>
    private static Dictionary<string, string> Calendar(MimeMessage mail, string method)
    {
        var part = mail.BodyParts.OfType<TextPart>().Single(p => p.ContentType.MimeType == "text/calendar");
        Assert.Equal(method, part.ContentType.Parameters["method"]);
        var unfolded = part.Text.Replace("\r\n ", "", StringComparison.Ordinal).Replace("\r\n\t", "", StringComparison.Ordinal).Replace("\n ", "", StringComparison.Ordinal);
        var properties = new Dictionary<string, string>();
        var inZone = false;
        foreach (var line in unfolded.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0))
        {
            if (line == "BEGIN:VTIMEZONE")
                inZone = true;
            if (line == "END:VTIMEZONE")
                inZone = false;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Split(';')[0];
            if (!inZone && name is not ("BEGIN" or "END"))
                properties.TryAdd(name, line[(colon + 1)..]);
        }
        Assert.Equal(1, unfolded.Split('\n').Count(l => l.TrimEnd('\r') == "BEGIN:VEVENT"));
        return properties;
    }
}
