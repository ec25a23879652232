using Convening.Contracts.Places;
using Convening.Contracts.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>A place's view: entries shared with the whole place; themes across all its groups too.</summary>
public sealed class PlaceReflectionsModel : SharedReflectionsModel
{
    [FromRoute] public string Slug { get; set; } = "";

    public PlaceView Place { get; private set; } = null!;
    public override string AudienceName => Place.Name;
    public override string BackPage => "/Places/Show";
    public override Dictionary<string, string> BackRoute => new() { ["slug"] = Slug };

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
        await LoadAudience(ReflectionAudience.Place(Slug));
    });
}
