using Convening.Contracts;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>Starts a new life picture in one of the places the practitioner works in; nothing is stored until consent.</summary>
public sealed class NewModel : ConveningPageModel
{
    [BindProperty(Name = "place", SupportsGet = true)] public string? PlaceSlug { get; set; }

    public IReadOnlyList<PlaceView> Places { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => ["place"];

    public Task<IActionResult> OnGet() => Load(Read);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Read();
        if (Places.FirstOrDefault(p => p.Slug == PlaceSlug) is not { } place)
        {
            ModelState.AddModelError("place", "Choose the place where you work with the person");
            return await Invalid(Read);
        }
        return RedirectToPage("/LifePictures/Edit", new { id = Guid.NewGuid().ToString("N"), place = place.Slug });
    }, Read);

    /// <summary>The places where the caller has standing: a steward, or a member of a group the place approved.</summary>
    private async Task Read()
    {
        var caller = CallerId ?? throw ConveningException.Unauthenticated();
        var me = await Grains.GetGrain<IPersonGrain>(caller).Get(caller);
        var places = await Task.WhenAll(me.Memberships.Select(m => m.PlaceSlug).Distinct().Take(50).Select(s => Grains.GetGrain<IPlaceGrain>(s).Get()));
        Places = [.. places.Where(p => AccessPolicy.HasStanding(p, me.Memberships, caller)).OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
    }
}
