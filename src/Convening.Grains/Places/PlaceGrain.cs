using Convening.Contracts;
using Convening.Contracts.Places;

namespace Convening.Grains.Places;

public sealed class PlaceGrain(
    [PersistentState("place", StorageNames.Main)] IPersistentState<PlaceState> state)
    : Grain, IPlaceGrain
{
    private PlaceState S => state.State;
    private string Slug => this.GetPrimaryKeyString();

    public async Task<PlaceView> Create(CreatePlace command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        if (Check.Slug(Slug) != Slug)
            throw new ConveningException("slug.invalid", "The short name must use lower-case letters, digits and hyphens.");
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        var purpose = Check.Optional(command.Purpose, "purpose", Limits.PurposeLength);
        if (S.Exists)
            throw ConveningException.Conflict("place.slug-taken", $"There is already a place called '{Slug}'. Choose another short name.");

        S.Exists = true;
        S.Name = name;
        S.Purpose = purpose;
        S.StewardIds = [caller];
        S.CreatedAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        await PublishSummary();
        return View();
    }

    public Task<PlaceView> Get() => Task.FromResult(View());

    public Task<bool> Exists() => Task.FromResult(S.Exists);

    public async Task<PlaceView> Update(UpdatePlace command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        EnsureExists();
        if (!S.StewardIds.Contains(caller))
            throw ConveningException.Forbidden("place.not-a-steward", "Only the place's stewards can change it.");
        S.Name = Check.Text(command.Name, "name", Limits.NameLength);
        S.Purpose = Check.Optional(command.Purpose, "purpose", Limits.PurposeLength);
        await state.WriteStateAsync();
        await PublishSummary();
        return View();
    }

    public async Task UpsertGroup(GroupSummary group)
    {
        EnsureExists();
        S.Groups.RemoveAll(g => g.Id == group.Id);
        S.Groups.Add(group);
        S.Groups.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.OrdinalIgnoreCase));
        await state.WriteStateAsync();
        await PublishSummary();
    }

    private Task PublishSummary() =>
        GrainFactory.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key)
            .Upsert(new PlaceSummary(Slug, S.Name, S.Purpose, S.Groups.Count));

    private void EnsureExists()
    {
        if (!S.Exists)
            throw ConveningException.NotFound("place.not-found", $"There is no place called '{Slug}'.");
    }

    private PlaceView View()
    {
        EnsureExists();
        return new PlaceView(Slug, S.Name, S.Purpose, [.. S.StewardIds], [.. S.Groups], S.CreatedAt);
    }
}
