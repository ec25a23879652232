using Convening.Contracts.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>Asks before deleting, because deleting an entry cannot be undone.</summary>
public sealed class DeleteReflectionModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public ReflectionView Entry { get; private set; } = null!;

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Entry = await Grains.GetGrain<IReflectionGrain>(Id).Get(CallerId);
        if (Entry.AuthorId != CallerId)
            throw Convening.Contracts.ConveningException.NotFound("reflection.not-found", "There is no reflection here that you can see.");
    });

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Grains.GetGrain<IReflectionGrain>(Id).Delete(CallerId);
        Notify("Your reflection has been deleted", "It and its earlier versions are gone for good.");
        return RedirectToPage("/Reflections/Index");
    }, async () => Entry = await Grains.GetGrain<IReflectionGrain>(Id).Get(CallerId));
}
