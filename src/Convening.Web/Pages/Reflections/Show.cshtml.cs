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

    /// <summary>Who can read it, naming the group or place it is shared with.</summary>
    public string Readers { get; private set; } = "";

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var grain = Grains.GetGrain<IReflectionGrain>(Id);
        Entry = await grain.Get(CallerId);
        Readers = Web.Reflections.SharedWith.Describe(Entry, await Web.Reflections.SharedWith.Name(Grains, Entry));
        if (Mine)
            History = await grain.History(CallerId);
    });
}
