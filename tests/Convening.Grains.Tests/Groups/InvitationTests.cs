using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Groups;

[Collection(ClusterCollection.Name)]
public sealed class InvitationTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Invite_PutsTheInvitationInTheInviteesInbox()
    {
        var convenor = await _grains.Person("Asha");
        var invitee = await _grains.Person("Ben");
        var group = await _grains.Group(convenor, "Housing and health");

        var invitation = await group.Invite(new InvitePerson(invitee.Email.ToUpperInvariant(), GroupRole.Member), convenor.Id);

        var inbox = await _grains.GetGrain<IInvitationInboxGrain>(invitee.Email).List();
        var waiting = Assert.Single(inbox);
        Assert.Equal(invitation.Code, waiting.Code);
        Assert.Equal("Housing and health", waiting.GroupName);
        Assert.Equal("Asha", waiting.InvitedBy);
    }

    [Fact]
    public async Task AcceptInvitation_ByTheInvitee_AddsThemWithTheInvitedRole()
    {
        var convenor = await _grains.Person("Asha");
        var invitee = await _grains.Person("Ben");
        var group = await _grains.Group(convenor, "Housing and health");
        var invitation = await group.Invite(new InvitePerson(invitee.Email, GroupRole.Observer), convenor.Id);

        var summary = await group.AcceptInvitation(invitation.Code, invitee.Id);

        Assert.Equal(2, summary.MemberCount);
        var details = await group.GetDetails(invitee.Id);
        Assert.Equal(GroupRole.Observer, details.MyRole);
        Assert.Contains(details.Members, m => m.Person.Id == invitee.Id && m.Role == GroupRole.Observer);
        var membership = Assert.Single((await _grains.GetGrain<IPersonGrain>(invitee.Id).Get(invitee.Id)).Memberships);
        Assert.Equal((group.GetPrimaryKeyString(), GroupRole.Observer), (membership.GroupId, membership.Role));
        Assert.Empty(await _grains.GetGrain<IInvitationInboxGrain>(invitee.Email).List());
        Assert.Empty((await group.GetDetails(convenor.Id)).Invitations);
    }

    [Fact]
    public async Task AcceptInvitation_AfterThirtyDays_IsRefused_LeavesTheInbox_AndCanBeSentAgain()
    {
        var convenor = await _grains.Person("Asha");
        var invitee = await _grains.Person("Ben");
        var group = await _grains.Group(convenor, "Housing and health");
        var invitation = await group.Invite(new InvitePerson(invitee.Email, GroupRole.Member), convenor.Id);

        using (TestClock.Instance.Advance(TimeSpan.FromDays(31)))
        {
            await Refused.With("invitation.expired", () => group.AcceptInvitation(invitation.Code, invitee.Id));
            Assert.Empty(await _grains.GetGrain<IInvitationInboxGrain>(invitee.Email).List());
            var again = await group.Invite(new InvitePerson(invitee.Email, GroupRole.Member), convenor.Id);
            Assert.Equal(2, (await group.AcceptInvitation(again.Code, invitee.Id)).MemberCount);
        }
    }

    [Fact]
    public async Task AcceptInvitation_Twice_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var invitee = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        var invitation = await group.Invite(new InvitePerson(invitee.Email, GroupRole.Member), convenor.Id);
        await group.AcceptInvitation(invitation.Code, invitee.Id);

        await Refused.With("invitation.already-used", () => group.AcceptInvitation(invitation.Code, invitee.Id));

        Assert.Equal(2, (await group.GetSummary()).MemberCount);
    }

    [Fact]
    public async Task AcceptInvitation_ByWrongPerson_IsRejected_AndLeavesItPending()
    {
        var convenor = await _grains.Person("Asha");
        var invitee = await _grains.Person("Ben");
        var other = await _grains.Person("Mallory");
        var group = await _grains.Group(convenor);
        var invitation = await group.Invite(new InvitePerson(invitee.Email, GroupRole.Member), convenor.Id);

        await Refused.With("invitation.wrong-person", () => group.AcceptInvitation(invitation.Code, other.Id));

        Assert.Equal(1, (await group.GetSummary()).MemberCount);
        Assert.Single(await _grains.GetGrain<IInvitationInboxGrain>(invitee.Email).List());
        await group.AcceptInvitation(invitation.Code, invitee.Id);
    }

    [Fact]
    public async Task AcceptInvitation_WithBogusCode_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var someone = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);

        await Refused.With("invitation.not-found", () => group.AcceptInvitation($"{group.GetPrimaryKeyString()}.bogus", someone.Id));
        var unconvened = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await Refused.With("invitation.not-found", () => unconvened.AcceptInvitation("bogus", someone.Id));
    }

    [Fact]
    public async Task Invitations_AreVisibleToConvenorsOnly()
    {
        var convenor = await _grains.Person("Asha");
        var member = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);
        var pending = await _grains.Person("Chloe");

        await group.Invite(new InvitePerson(pending.Email, GroupRole.Member), convenor.Id);

        Assert.Equal(pending.Email, Assert.Single((await group.GetDetails(convenor.Id)).Invitations).Email);
        Assert.Empty((await group.GetDetails(member.Id)).Invitations);
    }
}
