using Convening.Contracts;
using Convening.Contracts.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>What has been shared with an audience (a group or a place), and its themes with small counts withheld.</summary>
public abstract class SharedReflectionsModel : ConveningPageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public string? Theme { get; set; }

    public Page<ReflectionSummary> Entries { get; private set; } = new([], null, false, 0);
    public ThemesView Themes { get; private set; } = new([], []);

    public abstract string AudienceName { get; }

    /// <summary>The audience's own page, by page name, and the route values that find it.</summary>
    public abstract string BackPage { get; }
    public abstract Dictionary<string, string> BackRoute { get; }

    /// <summary>The index grain checks the caller belongs to the audience before answering.</summary>
    protected async Task LoadAudience(string audience)
    {
        var index = Grains.GetGrain<IReflectionIndexGrain>(audience);
        Themes = await index.Themes(CallerId);
        Entries = await index.List(PageSize, After, Theme, CallerId);
    }
}
