using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>What a group's members have shared with it, and the themes that come up, small counts withheld.</summary>
public sealed class GroupReflectionsModel : ConveningPageModel
{
    private const int PageSize = 20;

    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public string? Theme { get; set; }

    public GroupSummary Group { get; private set; } = null!;
    public Page<ReflectionSummary> Entries { get; private set; } = new([], null, false, 0);
    public ThemesView Themes { get; private set; } = new([], []);

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Group = await Grains.GetGrain<IGroupGrain>(Id).GetSummary();
        var index = Grains.GetGrain<IReflectionIndexGrain>(ReflectionAudience.Group(Id));
        Themes = await index.Themes(CallerId);
        Entries = await index.List(PageSize, After, Theme, CallerId);
    });
}
