using Convening.Contracts.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>One entry, for its author or the audience it is shared with; the grain decides which.</summary>
public sealed class ShowReflectionModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public ReflectionView Entry { get; private set; } = null!;

    public IReadOnlyList<ReflectionRevision> History { get; private set; } = [];

    public bool Mine => Entry.AuthorId == CallerId;

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var grain = Grains.GetGrain<IReflectionGrain>(Id);
        Entry = await grain.Get(CallerId);
        if (Mine)
            History = await grain.History(CallerId);
    });
}
