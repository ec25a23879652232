using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Grains.OrganisationDirectory;

public sealed partial class OrganisationGrain
{
    public async Task<OrganisationView> Endorse(string approach, bool endorse, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (S.Status != EntryStatus.Published || S.Published is null)
            throw NotFound();
        if (S.Published.Approaches.All(a => a.Approach != approach))
            throw new ConveningException("endorsement.unknown-approach", "This organisation does not say it practises that approach.");
        if (S.Editors.Contains(caller))
            throw ConveningException.Forbidden("endorsement.own-entry", "You cannot endorse your own organisation's entry.");
        var existing = S.Endorsements.FindIndex(e => e.Approach == approach && e.PersonId == caller);
        if (endorse == existing >= 0)
            return await View(caller);
        if (endorse)
        {
            var person = await GrainFactory.GetGrain<IPersonGrain>(caller).Get(caller);
            if (!await Vouched(person) && !await GrainFactory.GetGrain<IEditorEntriesGrain>(caller).EditsPublishedEntryOtherThan(Id))
                throw ConveningException.Forbidden("endorsement.not-eligible",
                    "Only members of a group its place has approved, or the people behind another organisation in the directory, can endorse an approach.");
            if (S.Endorsements.Count(e => e.Approach == approach) >= DirectoryLimits.EndorsementsPerApproach)
                throw ConveningException.Conflict("endorsement.full", $"An approach can have up to {DirectoryLimits.EndorsementsPerApproach} endorsements.");
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

    private async Task<OrganisationView> View(string? callerId)
    {
        var canEdit = callerId is not null && S.Editors.Contains(callerId);
        var canModerate = callerId is not null && await IsModerator(callerId);
        var insider = canEdit || canModerate;
        var pendingStatus = S.Pending is null ? (EntryStatus?)null : S.PendingReturned ? EntryStatus.Returned : EntryStatus.Submitted;
        return new OrganisationView(
            Id,
            S.Status,
            S.Status == EntryStatus.Published || insider ? S.Published : null,
            insider ? S.Pending : null,
            S.AssuredAt,
            insider ? S.SubmittedAt : null,
            S.Status == EntryStatus.Published ? [.. S.Endorsements] : [],
            insider ? [.. S.Comments] : [],
            canEdit,
            canModerate,
            insider ? pendingStatus : null,
            canEdit ? S.Draft : null,
            canEdit ? S.DraftSavedAt : null);
    }
}
