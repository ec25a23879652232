using Convening.Contracts;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.Places;

public sealed partial class PlaceGrain(
    [PersistentState("place", StorageNames.Main)] IPersistentState<PlaceState> state,
    GrainClock clock)
    : Grain, IPlaceGrain
{
    private PlaceState S => state.State;
    private string Slug => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Places stored before stewards were shown by name learn their names once.
        foreach (var id in S.StewardIds.Where(id => !S.Stewards.ContainsKey(id)).ToList())
        {
            try
            {
                S.Stewards[id] = Steward(await GrainFactory.GetGrain<IPersonGrain>(id).GetCard());
            }
            catch (ConveningException e) when (e.Kind == ErrorKind.NotFound)
            {
                // Shown as "A steward" until they are appointed again.
            }
        }
    }

    public async Task<PlaceView> Create(CreatePlace command, string? callerId)
    {
        var caller = Caller.Required(callerId);
        var requestId = RequestIds.Check(command.RequestId);
        if (S.Exists && S.Created.Find(caller, requestId) is not null)
        {
            // This person's retry after a lost answer: the place they made, listed again.
            await PublishSummary();
            return View();
        }
        if (Check.Slug(Slug) != Slug)
            throw new ConveningException("slug.invalid", "The short name must use lower-case letters, digits and hyphens.");
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        var purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        if (S.Exists)
            throw ConveningException.Conflict("place.slug-taken", $"There is already a place called '{Slug}'. Choose another short name.");
        var card = await GrainFactory.GetGrain<IPersonGrain>(caller).GetCard();
        // The person is marked first: a mark without the power is harmless, the power without it is not.
        await GrainFactory.GetGrain<IPersonGrain>(caller).SetStewardship(Slug, true);

        S.Exists = true;
        S.Name = name;
        S.Purpose = purpose;
        S.StewardIds = [caller];
        S.Stewards = new() { [caller] = Steward(card) };
        S.CreatedAt = clock.UtcNow;
        S.Created.Remember(caller, requestId, Slug);
        await state.Write(this);
        await PublishSummary();
        return View();
    }

    public Task<PlaceView> Get() => Task.FromResult(View());

    public Task<bool> Exists() => Task.FromResult(S.Exists);

    public async Task<PlaceView> Update(UpdatePlace command, string? callerId)
    {
        RequireSteward(callerId);
        S.Name = Check.Text(command.Name, "name", Limits.NameLength);
        S.Purpose = Check.OptionalMultiline(command.Purpose, "purpose", Limits.PurposeLength);
        await state.Write(this);
        await PublishSummary();
        return View();
    }

    public async Task UpsertGroup(GroupSummary group)
    {
        EnsureExists();
        if (group.Standing == GroupStanding.Approved)
            ListGroup(group);
        else if (S.Requests.FindIndex(r => r.Group.Id == group.Id) is var at and >= 0)
            S.Requests[at] = S.Requests[at] with { Group = group };
        else
            return;
        await state.Write(this);
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
        return new PlaceView(Slug, S.Name, S.Purpose, [.. S.StewardIds], [.. S.Groups], S.CreatedAt,
            [.. S.StewardIds.Select(id => S.Stewards.TryGetValue(id, out var s) ? s : new PlaceSteward(id, "A steward", ""))])
        {
            Commissioners = [.. S.Commissioners],
        };
    }
}
