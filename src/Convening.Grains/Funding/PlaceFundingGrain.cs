using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.Places;

namespace Convening.Grains.Funding;

[GenerateSerializer, Alias("convening.place-funding-state")]
public sealed class PlaceFundingState
{
    [Id(0)] public List<FundingStreamView> Streams { get; set; } = [];
}

public sealed class PlaceFundingGrain(
    [PersistentState("funding", StorageNames.Main)] IPersistentState<PlaceFundingState> state,
    GrainClock clock)
    : Grain, IPlaceFundingGrain
{
    private string Slug => this.GetPrimaryKeyString();
    private List<FundingStreamView> Streams => state.State.Streams;

    public Task<FundingView> Get() => Task.FromResult(View());

    public async Task<FundingView> SaveStream(SaveFundingStream command, string? callerId)
    {
        await RequireSteward(callerId);
        var name = Check.Text(command.Name, "name", Limits.NameLength);
        var sector = Check.Optional(command.Sector, "sector", Limits.NameLength);
        if (string.IsNullOrEmpty(command.Id))
        {
            var id = Check.SlugFrom(name);
            // The stream's slug is its natural key: the same stream sent again (a retry after a lost answer)
            // answers as the first did; another stream with that name is still refused.
            if (Streams.Exists(s => s.Id == id && s.Name == name && s.Sector == sector))
                return View();
            if (Streams.Exists(s => s.Id == id))
                throw new ConveningException("funding.stream-exists", $"There is already a funding stream called {name}.", ErrorKind.Conflict) { Field = "name" };
            if (Streams.Count >= Limits.FundingStreamsPerPlace)
                throw new ConveningException("funding.too-many-streams", $"A place can have at most {Limits.FundingStreamsPerPlace} funding streams.");
            Streams.Add(new FundingStreamView(id, name, sector, []));
        }
        else
        {
            var at = IndexOf(command.Id);
            Streams[at] = Streams[at] with { Name = name, Sector = sector };
        }
        await state.Write(this);
        return View();
    }

    public async Task<FundingView> SetUnitCost(SetUnitCost command, string? callerId)
    {
        await RequireSteward(callerId);
        var at = IndexOf(command.StreamId);
        var service = Check.Text(command.Service, "service", Limits.NameLength);
        var unit = Check.Text(command.Unit, "unit", Limits.ShortText);
        if (command.Pence <= 0 || command.Pence > Limits.MaxUnitCostPence)
            throw new ConveningException("funding.amount-out-of-range",
                $"A unit cost must be more than £0 and at most £{Limits.MaxUnitCostPence / 100:N0}.") { Field = "pence" };
        var costs = Streams[at].UnitCosts.ToList();
        var now = clock.UtcNow;
        if (string.IsNullOrEmpty(command.Id))
        {
            // The same service, unit and price again is a retry after a lost answer: answer as the first did.
            if (costs.Exists(c => c.Service == service && c.Unit == unit && c.Pence == command.Pence))
                return View();
            if (costs.Count >= Limits.UnitCostsPerStream)
                throw new ConveningException("funding.too-many-unit-costs", $"A stream can price at most {Limits.UnitCostsPerStream} services.");
            costs.Add(new UnitCostView(Guid.NewGuid().ToString("N"), service, unit, command.Pence, 1, []) { Since = now });
        }
        else
        {
            var i = costs.FindIndex(c => c.Id == command.Id);
            if (i < 0)
                throw ConveningException.NotFound("funding.unit-cost-not-found", "That service is not priced in this stream.");
            var old = costs[i];
            // A new price is a new version: plans priced at the old one keep (version, price) and stay true.
            costs[i] = old.Pence == command.Pence
                ? old with { Service = service, Unit = unit }
                : new UnitCostView(old.Id, service, unit, command.Pence, old.Version + 1,
                    [new PriceVersion(old.Version, old.Pence, old.Since, now), .. old.Earlier]) { Since = now };
        }
        Streams[at] = Streams[at] with { UnitCosts = costs };
        await state.Write(this);
        return View();
    }

    public async Task<FundingView> UseRightToControlDefaults(string? callerId)
    {
        await RequireSteward(callerId);
        if (Streams.Count > 0)
            throw ConveningException.Conflict("funding.streams-exist", "This place already has funding streams; change them one by one.");
        var now = clock.UtcNow;
        state.State.Streams = [.. RightToControl.Streams.Select(s => new FundingStreamView(s.Id, s.Name, s.Sector,
            [.. s.Costs.Select(c => new UnitCostView(Guid.NewGuid().ToString("N"), c.Service, c.Unit, c.Pence, 1, []) { Since = now })]))];
        await state.Write(this);
        return View();
    }

    private int IndexOf(string? streamId) =>
        Streams.FindIndex(s => s.Id == streamId) is var at and >= 0
            ? at
            : throw ConveningException.NotFound("funding.stream-not-found", "There is no such funding stream in this place.");

    private async Task RequireSteward(string? callerId)
    {
        var caller = Caller.Required(callerId);
        AccessPolicy.Steward(await GrainFactory.GetGrain<IPlaceGrain>(Slug).Get(), caller);
    }

    private FundingView View() => new(Slug, [.. Streams]);
}
