using System.Security.Cryptography;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Web.Demo;

/// <summary>
/// Puts the demo set in through the grains, as people would; whatever already exists is left
/// alone, so starting with --demo again changes nothing someone has since done.
/// </summary>
internal sealed class DemoLoader(IGrainFactory grains, TimeProvider time)
{
    /// <summary>The person id for each demo person's key, registering the account if needed.</summary>
    public async Task<Dictionary<string, string>> People(IEnumerable<DemoPerson> people)
    {
        var ids = new Dictionary<string, string>();
        foreach (var p in people)
            ids[p.Key] = await Person(p);
        return ids;
    }

    public async Task Place(DemoPlace place, IReadOnlyDictionary<string, string> people)
    {
        var grain = grains.GetGrain<IPlaceGrain>(place.Slug);
        if (!await Exists(grain.Get))
            await grain.Create(new CreatePlace(place.Name, place.Purpose), people[place.Steward]);
        foreach (var group in place.Groups)
            await Group(place.Slug, group, people);
    }

    private async Task<string> Person(DemoPerson p)
    {
        var account = grains.GetGrain<IAccountGrain>(p.Email);
        var registration = await account.Register(DemoData.Password, p.Name);
        if (registration.Outcome == RegistrationOutcome.AlreadyRegistered)
            return (await account.SignIn(DemoData.Password, null, "Demo data")).PersonId;
        // Demo people are verified as they are made: their addresses are not real.
        var id = (await account.Verify(registration.Secret!, "Demo data")).PersonId;
        var availability = new Availability(Availability.Empty.TimeZone, p.Hours);
        await grains.GetGrain<IPersonGrain>(id).UpdateProfile(new UpdateProfile(p.Name, p.Sector, p.Organisation, availability), id);
        return id;
    }

    private async Task Group(string placeSlug, DemoGroup group, IReadOnlyDictionary<string, string> people)
    {
        var grain = grains.GetGrain<IGroupGrain>(GroupId(group.Name));
        if (await Exists(grain.GetSummary))
            return;
        var convenor = people[group.Convenor];
        await grain.Convene(new ConveneGroup(placeSlug, group.Name, group.Purpose), convenor);
        foreach (var (key, role) in group.Members)
        {
            var invitation = await grain.Invite(new InvitePerson($"{key}@demo.convening.org", role), convenor);
            await grain.AcceptInvitation(invitation.Code, people[key]);
        }
        foreach (var entry in group.Glossary)
            await grain.AddGlossaryEntry(entry, convenor);
        foreach (var (email, role) in group.Invited)
            await grain.Invite(new InvitePerson(email, role), convenor);
        await DemoGatherings.Plan(grains, time.GetUtcNow(), grain.GetPrimaryKeyString(), group.Name, convenor, people);
    }

    /// <summary>The same id every run, so a second run finds the group the first one made.</summary>
    internal static string GroupId(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("convening-demo:" + name)))[..32];

    internal static async Task<bool> Exists<T>(Func<Task<T>> get)
    {
        try
        {
            await get();
            return true;
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.NotFound)
        {
            return false;
        }
    }
}
