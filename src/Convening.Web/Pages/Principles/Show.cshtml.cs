using Convening.Contracts.Principles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Principles;

/// <summary>A principle: what it says, where it came from, who took it up and how they changed it.</summary>
public sealed class PrincipleModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "story")] public string? Story { get; set; }
    [BindProperty(Name = "on")] public bool On { get; set; }

    public PrincipleView Principle { get; private set; } = null!;
    public IReadOnlyList<LineageNode> Lineage { get; private set; } = [];
    public bool SignedIn => CallerId is not null;

    protected override IReadOnlyCollection<string> Fields => ["story"];

    public Task<IActionResult> OnGet() => Load(Reload);

    public Task<IActionResult> OnPostEndorse() => Change(p => p.Endorse(On, CallerId), On ? "You endorse this principle" : "You no longer endorse this principle");

    public Task<IActionResult> OnPostFollow() => Change(p => p.Follow(On, CallerId), On ? "You are following this principle" : "You have stopped following this principle");

    public Task<IActionResult> OnPostPublish() => Change(p => p.Publish(CallerId), "The principle is published in the library");

    public Task<IActionResult> OnPostStory() => Change(p => p.AddStory(Story ?? "", CallerId, RequestId), "Your story has been added");

    private Task<IActionResult> Change(Func<IPrincipleGrain, Task<PrincipleView>> change, string notice) => Attempt(async () =>
    {
        await change(Grains.GetGrain<IPrincipleGrain>(Id));
        Notify(notice);
        return RedirectToPage("/Principles/Show", new { id = Id });
    }, Reload);

    private async Task Reload()
    {
        var grain = Grains.GetGrain<IPrincipleGrain>(Id);
        Principle = await grain.Get(CallerId);
        if (Principle.Status != PrincipleStatus.Draft)
            Lineage = await grain.Lineage();
    }
}
