using Convening.Contracts.Groups;
using Convening.Contracts.Notifications;
using Convening.Contracts.People;
using Convening.Testing;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Notifications;

/// <summary>
/// A 500-member group: scheduling a gathering answers at once and every member's invitation follows
/// in the background, one email each. The members are made through the grains (person, invitation,
/// acceptance), not 500 web registrations, to keep the test quick.
/// </summary>
[Collection(NotificationCollection.Name)]
public sealed class LargeGroupNoticeTests(NotificationHost host)
{
    private const int Members = 500;

    [Fact]
    public async Task ScheduleGathering_In500MemberGroup_AnswersAtOnce_AndEachMemberGetsExactlyOneInvitation_ObserverNone()
    {
        var s = await GatheringApi.Setup(host.App);
        var group = host.Grains.GetGrain<IGroupGrain>(s.GroupId);
        var emails = new List<string>();
        for (var i = 0; i < Members; i++)
        {
            var id = Guid.NewGuid().ToString("N");
            var email = $"m{i}-{id}@example.org";
            await host.Grains.GetGrain<IPersonGrain>(id).Create(email, $"Member {i}");
            var invitation = await group.Invite(new InvitePerson(email, GroupRole.Member), s.Convenor.Id);
            await group.AcceptInvitation(invitation.Code, id);
            emails.Add(email);
        }

        await GatheringApi.Schedule(s.Convenor, s.GatheringId, GatheringApi.NextWeekInLondon());

        foreach (var email in emails)
            await TestMail.Next(email, "You are invited: Trailblazer check-in", TimeSpan.FromMinutes(3));
        await host.OutboxDrained();
        Assert.Equal(0, await host.Grains.GetGrain<INoticeFanOutGrain>("gathering:" + s.GatheringId).Waiting());
        Assert.All(emails, email => Assert.Single(TestMail.All(email), m => m.Subject!.StartsWith("You are invited", StringComparison.Ordinal)));
        Assert.DoesNotContain(TestMail.All(s.Observer.Email), m => m.Subject!.StartsWith("You are invited", StringComparison.Ordinal));
    }
}
