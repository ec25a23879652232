using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Groups;

[Collection(ClusterCollection.Name)]
public sealed class RoleTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Invite_ByNonConvenor_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var member = await _grains.Person("Ben");
        var friend = await _grains.Person("Chloe");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);

        await Refused.With("group.not-a-convenor", () => group.Invite(new InvitePerson(friend.Email, GroupRole.Member), member.Id));

        Assert.Empty(await _grains.GetGrain<IInvitationInboxGrain>(friend.Email).List());
    }

    [Fact]
    public async Task SetRole_ByNonConvenor_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var member = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);

        await Refused.With("group.not-a-convenor", () => group.SetRole(member.Id, GroupRole.Convenor, member.Id));

        Assert.Equal(GroupRole.Member, (await group.GetDetails(member.Id)).MyRole);
    }

    [Fact]
    public async Task SetRole_ByConvenor_ChangesTheRoleOnGroupAndPerson()
    {
        var convenor = await _grains.Person("Asha");
        var member = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);

        await group.SetRole(member.Id, GroupRole.Observer, convenor.Id);

        Assert.Equal(GroupRole.Observer, (await group.GetDetails(member.Id)).MyRole);
        var person = await _grains.GetGrain<IPersonGrain>(member.Id).Get(member.Id);
        Assert.Equal(GroupRole.Observer, Assert.Single(person.Memberships).Role);
    }

    [Fact]
    public async Task LastConvenor_LeavingOrDemotingThemself_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var member = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);

        await Refused.With("group.last-convenor", () => group.RemoveMember(convenor.Id, convenor.Id));
        await Refused.With("group.last-convenor", () => group.SetRole(convenor.Id, GroupRole.Member, convenor.Id));

        var details = await group.GetDetails(convenor.Id);
        Assert.Equal(GroupRole.Convenor, details.MyRole);
        Assert.Equal(2, details.Members.Count);
    }

    [Fact]
    public async Task Convenor_CanLeave_OnceASecondConvenorExists()
    {
        var convenor = await _grains.Person("Asha");
        var second = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, second, GroupRole.Convenor);

        await group.RemoveMember(convenor.Id, convenor.Id);

        var details = await group.GetDetails(second.Id);
        Assert.Equal(second.Id, Assert.Single(details.Members).Person.Id);
        Assert.Equal(1, details.Summary.MemberCount);
        Assert.Empty((await _grains.GetGrain<IPersonGrain>(convenor.Id).Get(convenor.Id)).Memberships);
        await Refused.With("group.members-only", () => group.GetDetails(convenor.Id));
    }

    [Fact]
    public async Task Convenor_CanStepDownToMember_OnceASecondConvenorExists()
    {
        var convenor = await _grains.Person("Asha");
        var second = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, second, GroupRole.Member);
        await group.SetRole(second.Id, GroupRole.Convenor, convenor.Id);

        await group.SetRole(convenor.Id, GroupRole.Member, convenor.Id);

        Assert.Equal(GroupRole.Member, (await group.GetDetails(convenor.Id)).MyRole);
        await Refused.With("group.last-convenor", () => group.RemoveMember(second.Id, second.Id));
    }
}
