using Convening.Contracts.Accounts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Grains.Tests.OrganisationDirectory;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Accounts;

/// <summary>What follows a person to their new address: their invitations, and no longer the old address's powers.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AddressChangeTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private async Task Move(string from, string to)
    {
        var request = await _grains.GetGrain<IAccountGrain>(from).RequestEmailChange(Given.Password, to);
        await _grains.GetGrain<IAccountGrain>(from).ConfirmEmailChange(request.Secret!, "Test");
    }

    private static string NewEmail() => $"{Given.Unique("moving")}@example.org";

    [Fact]
    public async Task ChangeOfAddress_TakesTheWaitingInvitationsAlong_AndTheNewAddressAcceptsThem()
    {
        var convenor = await _grains.Person("Convenor");
        var group = await _grains.Group(convenor);
        var (old, moved) = (NewEmail(), NewEmail());
        var personId = await _grains.Verified(old, "Priya");
        var invitation = await group.Invite(new InvitePerson(old, GroupRole.Member), convenor.Id);

        await Move(old, moved);

        Assert.Empty(await _grains.GetGrain<IInvitationInboxGrain>(old).List());
        var waiting = Assert.Single(await _grains.GetGrain<IInvitationInboxGrain>(moved).List());
        Assert.Equal((invitation.Code, moved), (waiting.Code, waiting.Email));
        await group.AcceptInvitation(invitation.Code, personId);
        Assert.Contains(await _grains.GetGrain<IPersonGrain>(personId).GroupIds(), id => id == invitation.GroupId);
    }

    [Fact]
    public async Task Moderator_WhoChangesAddress_IsNoLongerAModerator_AtOnce()
    {
        var moderator = await _grains.Moderator();
        var moderators = _grains.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key);
        var appointed = NewEmail();
        await moderators.Appoint(appointed, moderator.Id);
        var personId = await _grains.Verified(appointed, "Mo");
        Assert.True(await moderators.IsModerator(personId));

        await Move(appointed, NewEmail());

        Assert.False(await moderators.IsModerator(personId));
    }

    [Fact]
    public async Task MarkStewards_RecordsAStewardAppointedBeforePeopleCarriedTheMark_AndIsIdempotent()
    {
        var steward = await _grains.Person("Steward");
        var place = await _grains.Place(steward);
        var person = _grains.GetGrain<IPersonGrain>(steward.Id);
        // As stored before people carried the mark: the place lists them, the person does not know.
        await person.SetStewardship(place.Slug, false);
        Assert.False(await person.IsSteward());

        await _grains.GetGrain<Contracts.Places.IPlaceGrain>(place.Slug).MarkStewards();
        await _grains.GetGrain<Contracts.Places.IPlaceGrain>(place.Slug).MarkStewards();

        Assert.True(await person.IsSteward());
    }
}
