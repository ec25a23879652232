using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Web.OrganisationDirectory.Import;

namespace Convening.Web.Pages.Principles;

/// <summary>
/// The places a person can speak for in the principle library (those they steward, and those where they
/// convene a group), offered as a choice rather than asking them to type a place's short name.
/// The principle grain still decides.
/// </summary>
public static class CuratedPlaces
{
    public static async Task<IReadOnlyList<Choice>> For(IGrainFactory grains, string? personId)
    {
        if (personId is null)
            return [];
        var person = await grains.GetGrain<IPersonGrain>(personId).Get(personId);
        var convened = person.Memberships.Where(m => m.Role == GroupRole.Convenor).Select(m => m.PlaceSlug).ToHashSet(StringComparer.Ordinal);
        var names = await PlaceNames.Load(grains);
        var places = await Task.WhenAll(names.Keys.Select(slug => grains.GetGrain<IPlaceGrain>(slug).Get()));
        return [.. places.Where(p => convened.Contains(p.Slug) || p.StewardIds.Contains(personId))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Select(p => new Choice(p.Slug, p.Name))];
    }
}
