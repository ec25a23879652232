using Convening.Contracts.Cycles;
using Convening.Contracts.Directory;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Web.Directory;
using Convening.Web.Hosting;
using Convening.Web.Pages.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Places;

public sealed class PlaceModel : ConveningPageModel
{
    [FromRoute] public string Slug { get; set; } = "";

    [BindProperty(Name = "group-name")] public string? GroupName { get; set; }
    [BindProperty(Name = "group-purpose")] public string? GroupPurpose { get; set; }
    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "purpose")] public string? Purpose { get; set; }

    public PlaceView Place { get; private set; } = null!;

    /// <summary>The learning cycles of every group here, so a steward sees what is being learnt across the place.</summary>
    public CycleListModel Cycles { get; private set; } = null!;

    /// <summary>
    /// Published directory entries serving this place, so people here can find each other; null
    /// when the directory's index cannot be read now (its disk is full or read-only), which must
    /// not take the place page down with it.
    /// </summary>
    public DirectoryResult? Organisations { get; private set; }

    public bool SignedIn => CallerId is not null;

    public bool IsSteward => CallerId is { } id && Place.StewardIds.Contains(id);

    // Both forms ask for a name and a purpose, so the convene form's ids carry a "group-" prefix.
    protected override IReadOnlyCollection<string> Fields => ["group-name", "group-purpose", "name", "purpose"];

    public Task<IActionResult> OnGet() => Load(LoadPlace);

    public Task<IActionResult> OnPostConvene() => Attempt(async () =>
    {
        var group = await Grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"))
            .Convene(new ConveneGroup(Slug, GroupName ?? "", GroupPurpose ?? ""), CallerId);
        Notify($"You have convened {group.Name}. Invite people to join it below.");
        return Redirect($"/groups/{group.Id}");
    }, LoadPlace, form: "group");

    public Task<IActionResult> OnPostEdit() => Attempt(async () =>
    {
        var place = await Grains.GetGrain<IPlaceGrain>(Slug).Update(new UpdatePlace(Name ?? "", Purpose ?? ""), CallerId);
        Notify($"{place.Name} has been updated.");
        return Redirect($"/places/{place.Slug}");
    }, LoadPlace);

    private async Task LoadPlace()
    {
        Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
        var cycles = await Grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForPlace(Slug)).List(CycleListModel.Shown, null);
        Cycles = new CycleListModel(cycles, null, Place.Groups.ToDictionary(g => g.Id, g => g.Name));
        try
        {
            Organisations = await HttpContext.RequestServices.GetRequiredService<DirectorySearch>()
                .Search(new DirectoryQuery(Places: [Slug], First: Directory.PlaceOrganisations.Shown));
        }
        catch (Exception e) when (StorageFaults.Find(e) is { } fault)
        {
            HttpContext.RequestServices.GetRequiredService<ILogger<PlaceModel>>().LogError("The directory index could not be read for {Place}: {Code}: {Reason}", Slug, fault.Code, fault.Message);
            Organisations = null;
        }
    }
}
