using Convening.Contracts;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Places;

public sealed class PlacesModel : ConveningPageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? After { get; set; }

    public Page<PlaceSummary> Places { get; private set; } = new([], null, false, 0);

    public bool SignedIn => CallerId is not null;

    public Task<IActionResult> OnGet() => Load(async () =>
        Places = await Grains.GetGrain<IPlaceIndexGrain>(IPlaceIndexGrain.Key).List(PageSize, After));
}
