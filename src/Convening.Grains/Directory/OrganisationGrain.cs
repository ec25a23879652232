using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.OrganisationDirectory;

public sealed partial class OrganisationGrain(
    [PersistentState("organisation", StorageNames.Main)] IPersistentState<OrganisationState> state,
    GrainClock clock,
    ILogger<OrganisationGrain> logger)
    : Grain, IOrganisationGrain, IRemindable, IRepairsFollowUps
{
    private OrganisationState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    /// <summary>Who may do what, and what the others are told, against the entry as it is now (<see cref="EntryDecisions"/>).</summary>
    private EntryDecisions Decide() => new(S, Id, clock.UtcNow);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Exists && !S.Announced)
            await Announce();
    }

    public async Task<OrganisationView> Submit(EntryContent content, string? callerId, string? requestId = null)
    {
        var caller = Caller.Required(callerId);
        var key = RequestIds.Check(requestId);
        if (S.Exists && S.Requests.Find(caller, key) is not null)
        {
            // The id came from this person's request id: a retry after a lost answer, told to the queue and lists again.
            await this.Run(logger, "putting the entry in the moderation queue and the editors' lists", RepairFollowUps);
            return await View(caller);
        }
        Decide().MayEdit(caller);
        return await Send(caller, content, key);
    }

    public async Task<OrganisationView> SendDraft(string? callerId)
    {
        var caller = Caller.Required(callerId);
        var decide = Decide();
        decide.MayEdit(caller);
        return await Send(caller, decide.Draft(), null);
    }

    private async Task<OrganisationView> Send(string caller, EntryContent content, string? key)
    {
        var decide = Decide();
        if (!S.Exists)
            decide.EnsureId();
        var entry = await EntryRules.Validate(GrainFactory, decide.KeepingIdentifiers(content));
        await DirectoryIds.Claim(GrainFactory, Id, entry);
        var person = await GrainFactory.GetGrain<Contracts.People.IPersonGrain>(caller).GetCard();
        if (!S.Exists)
        {
            S.Exists = true;
            S.Status = EntryStatus.Submitted;
            S.Editors.Add(caller);
        }
        else if (S.Status is EntryStatus.Returned or EntryStatus.Draft)
            S.Status = EntryStatus.Submitted;
        S.Pending = entry;
        S.PendingReturned = false;
        S.Draft = null;
        S.NeverSent = false;
        S.SubmitterName = person.DisplayName;
        S.SubmittedAt = clock.UtcNow;
        S.Requests.Remember(caller, key, Id);
        await state.Write(this);
        var item = new ModerationItem(Id, entry.Name, S.Published is not null, S.SubmitterName, S.SubmittedAt.Value);
        await this.Run(logger, "putting the entry in the moderation queue", () => Queue().Upsert(item));
        await this.Run(logger, "updating the editors' lists of entries", Track);
        return await View(caller);
    }

    public async Task<OrganisationView> SaveDraft(EntryContent content, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var decide = Decide();
        decide.MayEdit(caller);
        if (!S.Exists)
            decide.EnsureId();
        // Identifiers are claimed when the draft is sent: an unsent draft holds nothing another organisation might need.
        var entry = await EntryRules.Validate(GrainFactory, decide.KeepingIdentifiers(content), draft: true);
        if (!S.Exists)
        {
            S.Exists = true;
            S.Status = EntryStatus.Draft;
            S.NeverSent = true;
            S.Announced = true; // nothing public to put on the feed
            S.Editors.Add(caller);
        }
        S.Draft = entry;
        S.DraftSavedAt = clock.UtcNow;
        await state.Write(this);
        await this.Run(logger, "updating the editors' lists of entries", Track);
        return await View(caller);
    }

    public async Task<OrganisationView> Get(string? callerId)
    {
        if (Decide().HiddenFrom(callerId) || (S.Status != EntryStatus.Published && !await CanSeeUnpublished(callerId)))
            throw EntryDecisions.NotFound();
        return await View(callerId);
    }

    private async Task<bool> CanSeeUnpublished(string? callerId) =>
        callerId is not null && (S.Editors.Contains(callerId) || await IsModerator(callerId));

    private async Task<OrganisationView> View(string? callerId) =>
        Decide().View(callerId, canModerate: callerId is not null && await IsModerator(callerId));
}
