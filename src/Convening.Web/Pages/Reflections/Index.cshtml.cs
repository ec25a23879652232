using Convening.Contracts;
using Convening.Contracts.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>The signed-in person's own journal: only they ever see this list.</summary>
public sealed class JournalModel : ConveningPageModel
{
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? After { get; set; }
    [BindProperty(SupportsGet = true, Name = "theme")] public string? Theme { get; set; }
    [BindProperty(SupportsGet = true, Name = "search")] public string? Search { get; set; }

    public Page<ReflectionSummary> Entries { get; private set; } = new([], null, false, 0);

    protected override IReadOnlyCollection<string> Fields => ["theme", "search"];

    public bool Filtered => !string.IsNullOrWhiteSpace(Theme) || !string.IsNullOrWhiteSpace(Search);

    public Task<IActionResult> OnGet() => Attempt(async () =>
    {
        Entries = await Grains.GetGrain<IJournalGrain>(CallerId!).List(new JournalQuery(PageSize, After, Theme, Search), CallerId);
        return Page();
    });
}
