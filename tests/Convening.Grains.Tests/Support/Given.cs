using Convening.Contracts.Accounts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;

namespace Convening.Grains.Tests.Support;

/// <summary>A signed-up person as the tests see them.</summary>
public sealed record TestPerson(string Id, string Email, string Name);

/// <summary>Builds the world a test starts from, with names no other test uses.</summary>
public static class Given
{
    public const string Password = "correct horse battery staple";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];

    public static async Task<TestPerson> Person(this IGrainFactory grains, string name)
    {
        var email = $"{Unique(name.ToLowerInvariant())}@example.org";
        return new TestPerson(await grains.Verified(email, name), email, name);
    }

    /// <summary>Registers an address and follows its verification secret, as the emailed link would; returns the person id.</summary>
    public static async Task<string> Verified(this IGrainFactory grains, string email, string name)
    {
        var account = grains.GetGrain<IAccountGrain>(email);
        var registration = await account.Register(Password, name);
        return registration.Outcome == RegistrationOutcome.VerifyAddress
            ? (await account.Verify(registration.Secret!, "Grain test")).PersonId
            : (await account.SignIn(Password, null, "Grain test")).PersonId;
    }

    public static async Task<PlaceView> Place(this IGrainFactory grains, TestPerson steward, string name = "Northfield")
    {
        var slug = Unique("place");
        return await grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace(name, "Joining up support"), steward.Id);
    }

    public static async Task<IGroupGrain> Group(this IGrainFactory grains, TestPerson convenor, string name = "Housing and health")
    {
        var place = await grains.Place(convenor);
        var group = grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await group.Convene(new ConveneGroup(place.Slug, name, "Fewer evictions"), convenor.Id);
        return group;
    }

    /// <summary>Invites someone and has them accept, so they join with <paramref name="role"/>.</summary>
    public static async Task Join(this IGroupGrain group, TestPerson convenor, TestPerson person, GroupRole role)
    {
        var invitation = await group.Invite(new InvitePerson(person.Email, role), convenor.Id);
        await group.AcceptInvitation(invitation.Code, person.Id);
    }
}
