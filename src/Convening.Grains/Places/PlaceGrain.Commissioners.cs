using Convening.Contracts;
using Convening.Contracts.People;
using Convening.Contracts.Places;

namespace Convening.Grains.Places;

/// <summary>
/// Commissioners: appointed and removed by the place's stewards, as stewards are. A commissioner
/// sees only the place's suppressed totals of life pictures (decision 0035), never a picture.
/// </summary>
public sealed partial class PlaceGrain
{
    public async Task<PlaceView> AppointCommissioner(string personId, string? callerId)
    {
        RequireSteward(callerId);
        if (string.IsNullOrWhiteSpace(personId))
            throw ConveningException.NotFound("person.not-found", "Choose someone to appoint.");
        if (S.Commissioners.Exists(c => c.Id == personId))
            throw ConveningException.Conflict("place.already-commissioner", "That person is already a commissioner here.");
        if (S.Commissioners.Count >= Limits.CommissionersPerPlace)
            throw new ConveningException("place.too-many-commissioners", $"A place can have at most {Limits.CommissionersPerPlace} commissioners.");
        var card = await GrainFactory.GetGrain<IPersonGrain>(personId).GetCard();
        S.Commissioners.Add(Steward(card));
        await state.Write(this);
        return View();
    }

    public async Task<PlaceView> RemoveCommissioner(string personId, string? callerId)
    {
        RequireSteward(callerId);
        if (S.Commissioners.RemoveAll(c => c.Id == personId) == 0)
            throw ConveningException.NotFound("place.commissioner-not-found", "That person is not a commissioner here.");
        await state.Write(this);
        return View();
    }
}
