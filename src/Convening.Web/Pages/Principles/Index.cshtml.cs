using Convening.Contracts;
using Convening.Contracts.Principles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Principles;

/// <summary>The shared library: anyone may browse and search it.</summary>
public sealed class LibraryModel : ConveningPageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = "search")] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "place")] public string? Place { get; set; }

    public Page<PrincipleSummary> Principles { get; private set; } = new([], null, false, 0);

    /// <summary>What the signed-in person follows, with how far each has travelled, so new adaptations show.</summary>
    public IReadOnlyList<(PrincipleView Principle, int Places)> Following { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => ["search", "theme", "place"];

    public string Query(string? after) =>
        $"?search={Uri.EscapeDataString(Search ?? "")}&theme={Uri.EscapeDataString(Theme ?? "")}&place={Uri.EscapeDataString(Place ?? "")}"
        + (after is null ? "" : "&after=" + Uri.EscapeDataString(after));

    public Task<IActionResult> OnGet() => Attempt(async () =>
    {
        Principles = await Grains.GetGrain<IPrincipleLibraryGrain>(IPrincipleLibraryGrain.Key)
            .Search(new LibraryQuery(PageSize, After, Search, Theme, Place));
        if (CallerId is { } me)
        {
            var ids = await Grains.GetGrain<IPrincipleFollowsGrain>(me).List(me);
            Following = await Task.WhenAll(ids.Select(async id =>
            {
                var grain = Grains.GetGrain<IPrincipleGrain>(id);
                return (await grain.Get(me), (await grain.Lineage()).Count);
            }));
        }
        return Page();
    });
}
