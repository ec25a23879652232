using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>Endorsements: people who have worked alongside an organisation vouch for an approach it claims.</summary>
public sealed partial class OrganisationGrain
{
    public async Task<OrganisationView> Endorse(string approach, bool endorse, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var decide = Decide();
        decide.MayEndorse(approach, caller);
        var existing = S.Endorsements.FindIndex(e => e.Approach == approach && e.PersonId == caller);
        if (endorse == existing >= 0)
            return await View(caller);
        if (endorse)
        {
            var person = await GrainFactory.GetGrain<IPersonGrain>(caller).Get(caller);
            if (!await Vouched(person) && !await GrainFactory.GetGrain<IEditorEntriesGrain>(caller).EditsPublishedEntryOtherThan(Id))
                throw ConveningException.Forbidden("endorsement.not-eligible",
                    "Only members of a group its place has approved, or the people behind another organisation in the directory, can endorse an approach.");
            decide.EnsureRoomForEndorsement(approach);
            S.Endorsements.Add(new Endorsement(approach, caller, person.Card.DisplayName, person.Card.Organisation, clock.UtcNow));
        }
        else
            S.Endorsements.RemoveAt(existing);
        await WritePublic();
        return await View(caller);
    }

    /// <summary>Belongs to a group a place's steward (someone else) approved: <see cref="AccessPolicy.Vouches"/>.</summary>
    private async Task<bool> Vouched(PersonView person)
    {
        foreach (var membership in person.Memberships)
        {
            var (standing, decidedBy) = await GrainFactory.GetGrain<IGroupGrain>(membership.GroupId).StandingOf();
            if (AccessPolicy.Vouches(standing, decidedBy, person.Id))
                return true;
        }
        return false;
    }
}
