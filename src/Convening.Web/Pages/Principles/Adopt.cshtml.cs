using Convening.Contracts;
using Convening.Contracts.Principles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Principles;

/// <summary>Adopt a principle as it is, or adapt its wording for your place, with your story.</summary>
public sealed class AdoptModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "place")] public string? Place { get; set; }
    [BindProperty(Name = "statement")] public string? Statement { get; set; }
    [BindProperty(Name = "practice")] public string? Practice { get; set; }
    [BindProperty(Name = "story")] public string? Story { get; set; }

    public PrincipleView Parent { get; private set; } = null!;

    /// <summary>The places the person can adopt principles for.</summary>
    public IReadOnlyList<Choice> Places { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => ["place", "statement", "practice", "story"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["slug"] = "place", ["place"] = "place", ["principle.not-a-curator"] = "place", ["principle.already-adopted"] = "place",
    };

    public Task<IActionResult> OnGet() => Load(LoadParent);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var id = RequestIds.NewId(CallerId, RequestId);
        var view = await Grains.GetGrain<IPrincipleGrain>(id).Adopt(new AdoptPrinciple(Id, Place ?? "", Statement, Practice, Story) { RequestId = RequestId }, CallerId);
        Notify(view.Origin == PrincipleOrigin.Adapted ? $"{view.PlaceName} has adapted this principle" : $"{view.PlaceName} has adopted this principle");
        return RedirectToPage("/Principles/Show", new { id });
    }, LoadParent);

    private async Task LoadParent()
    {
        Parent = await Grains.GetGrain<IPrincipleGrain>(Id).Get(CallerId);
        Places = await CuratedPlaces.For(Grains, CallerId);
    }
}
