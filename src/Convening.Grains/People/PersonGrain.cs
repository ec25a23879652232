using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Grains.People;

public sealed partial class PersonGrain(
    [PersistentState("person", StorageNames.Main)] IPersistentState<PersonState> state,
    GrainClock clock)
    : Grain, IPersonGrain
{
    private PersonState S => state.State;
    private string Id => this.GetPrimaryKeyString();

    public async Task<PersonView> Create(string email, string displayName)
    {
        if (S.Exists)
            throw ConveningException.Conflict("person.exists", "This person already exists.");
        S.Exists = true;
        S.Email = Check.Email(email);
        S.DisplayName = Check.Text(displayName, "display-name", Limits.NameLength);
        S.JoinedAt = clock.UtcNow;
        await state.Write(this);
        return View();
    }

    public async Task ChangeEmail(string email)
    {
        S.Email = Check.Email(email);
        await state.Write(this);
        // Moderation belongs to an address: the moderators' remembered answer for this person is stale now.
        await GrainFactory.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).AddressChanged(Id);
    }

    public async Task SetStewardship(string placeSlug, bool steward)
    {
        if (steward ? S.StewardOf.Add(placeSlug) : S.StewardOf.Remove(placeSlug))
            await state.Write(this);
    }

    public Task<bool> IsSteward() => Task.FromResult(S.StewardOf.Count > 0);

    public Task<PersonView> Get(string? callerId)
    {
        RequireSelf(callerId);
        return Task.FromResult(View());
    }

    public async Task<PersonView> UpdateProfile(UpdateProfile command, string? callerId)
    {
        RequireSelf(callerId);
        var name = Check.Text(command.DisplayName, "display-name", Limits.NameLength);
        if (!Enum.IsDefined(command.Sector))
            throw new ConveningException("profile.bad-sector", "Choose a sector from the list.");
        var organisation = Check.Optional(command.Organisation, "organisation", Limits.ShortText);
        var availability = AvailabilityRules.Validate(command.Availability ?? Availability.Empty);

        (S.DisplayName, S.Sector, S.Organisation, S.Availability) = (name, command.Sector, organisation, availability);
        S.SectorChosen = true;
        return await SaveAndTellGroups();
    }

    public Task<PersonCard> GetCard()
    {
        EnsureExists();
        return Task.FromResult(Card());
    }

    public async Task SetMembership(Membership membership)
    {
        EnsureExists();
        S.Memberships[membership.GroupId] = membership;
        await state.Write(this);
    }

    public async Task RemoveMembership(string groupId)
    {
        if (S.Memberships.Remove(groupId))
            await state.Write(this);
    }

    public Task<IReadOnlyList<string>> GroupIds() => Task.FromResult<IReadOnlyList<string>>([.. S.Memberships.Keys]);

    private void RequireSelf(string? callerId)
    {
        if (Caller.Required(callerId) != Id)
            throw ConveningException.Forbidden("person.private", "You can only see and change your own profile.");
        EnsureExists();
    }

    private void EnsureExists()
    {
        if (!S.Exists)
            throw ConveningException.NotFound("person.not-found", "There is no such person.");
    }

    private PersonCard Card() =>
        new(Id, S.DisplayName, S.Email, S.Sector, S.Organisation, S.Availability) { Absences = [.. S.Absences], Deputy = S.Deputy };

    /// <summary>Saves, then refreshes the card each group keeps, so scheduling sees the change.</summary>
    private async Task<PersonView> SaveAndTellGroups()
    {
        await state.Write(this);
        var card = Card();
        await Task.WhenAll(S.Memberships.Keys.Select(g => GrainFactory.GetGrain<IGroupGrain>(g).RefreshMember(card)));
        return View();
    }

    private PersonView View() =>
        new(Card(), [.. S.Memberships.Values.OrderBy(m => m.GroupName, StringComparer.OrdinalIgnoreCase)], S.JoinedAt)
        {
            // Profiles saved before this flag existed chose their sector if it is not the default.
            SectorChosen = S.SectorChosen || S.Sector != Sector.Other,
        };
}
