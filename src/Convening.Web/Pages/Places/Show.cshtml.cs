using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Web.Cycles;
using Convening.Web.OrganisationDirectory;
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

    /// <summary>Every measure of the cycles here whose group the viewer belongs to (as an observer too), with its icons.</summary>
    public IReadOnlyList<MeasureSummary> Measures { get; private set; } = [];

    /// <summary>
    /// Published directory entries serving this place, so people here can find each other; null
    /// when the directory's index cannot be read now (its disk is full or read-only), which must
    /// not take the place page down with it.
    /// </summary>
    public DirectoryResult? Organisations { get; private set; }

    public bool SignedIn => CallerId is not null;

    public bool IsSteward => Convening.Contracts.AccessPolicy.IsSteward(Place, CallerId);

    public bool IsCommissioner => Convening.Contracts.AccessPolicy.IsCommissioner(Place, CallerId);

    [BindProperty(Name = "person")] public string? PersonId { get; set; }
    [BindProperty(Name = "group")] public string? GroupId { get; set; }

    /// <summary>For stewards: groups waiting for approval, and the people they could appoint.</summary>
    public IReadOnlyList<GroupRequest> Requests { get; private set; } = [];
    public IReadOnlyList<PlaceSteward> Candidates { get; private set; } = [];

    // Both forms ask for a name and a purpose, so the convene form's ids carry a "group-" prefix.
    protected override IReadOnlyCollection<string> Fields => ["group-name", "group-purpose", "name", "purpose", "person"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["person.not-found"] = "person", ["place.already-steward"] = "person", ["place.too-many-stewards"] = "person",
    };

    public Task<IActionResult> OnGet() => Load(LoadPlace);

    public Task<IActionResult> OnPostConvene() => Attempt(async () =>
    {
        var group = await Grains.GetGrain<IGroupGrain>(RequestIds.NewId(CallerId, RequestId))
            .Convene(new ConveneGroup(Slug, GroupName ?? "", GroupPurpose ?? "") { RequestId = RequestId }, CallerId);
        Notify(group.Standing == GroupStanding.Approved
            ? $"You have convened {group.Name}. Invite people to join it below."
            : $"You have asked to convene {group.Name}. A steward of the place will approve it; meanwhile you can invite people.");
        return RedirectToPage("/Groups/Show", new { id = group.Id });
    }, LoadPlace, form: "group");

    public Task<IActionResult> OnPostAppoint() => Steward(async p =>
    {
        var place = await p.AppointSteward(PersonId ?? "", CallerId);
        return $"{place.Stewards.First(s => s.Id == PersonId).DisplayName} is now a steward of {place.Name}.";
    });

    public Task<IActionResult> OnPostRemoveSteward() => Steward(async p =>
    {
        var name = Place.Stewards.FirstOrDefault(s => s.Id == PersonId)?.DisplayName ?? "That person";
        var place = await p.RemoveSteward(PersonId ?? "", CallerId);
        return $"{name} is no longer a steward of {place.Name}.";
    });

    public Task<IActionResult> OnPostApprove() => Steward(async p =>
    {
        var place = await p.ApproveGroup(GroupId ?? "", CallerId);
        return $"{place.Groups.FirstOrDefault(g => g.Id == GroupId)?.Name ?? "The group"} is now convened in {place.Name}.";
    });

    public Task<IActionResult> OnPostDecline() => Steward(async p =>
    {
        var name = Requests.FirstOrDefault(r => r.Group.Id == GroupId)?.Group.Name ?? "The group";
        await p.DeclineGroup(GroupId ?? "", CallerId);
        return $"{name} has been declined.";
    });

    /// <summary>A steward's decision: the grain decides who may; back to the place with what happened.</summary>
    private Task<IActionResult> Steward(Func<IPlaceGrain, Task<string>> decide) => Attempt(async () =>
    {
        await LoadPlace();
        Notify(await decide(Grains.GetGrain<IPlaceGrain>(Slug)));
        return RedirectToPage("/Places/Show", null, new { slug = Slug }, "stewards");
    }, LoadPlace);

    public Task<IActionResult> OnPostEdit() => Attempt(async () =>
    {
        var place = await Grains.GetGrain<IPlaceGrain>(Slug).Update(new UpdatePlace(Name ?? "", Purpose ?? ""), CallerId);
        Notify($"{place.Name} has been updated.");
        return RedirectToPage("/Places/Show", new { slug = place.Slug });
    }, LoadPlace);

    private async Task LoadPlace()
    {
        Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
        if (IsSteward)
        {
            Requests = await Grains.GetGrain<IPlaceGrain>(Slug).Requests(CallerId);
            Candidates = await Grains.GetGrain<IPlaceGrain>(Slug).StewardCandidates(CallerId);
        }
        var cycles = await Grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForPlace(Slug)).List(CycleListModel.Shown, null);
        Cycles = new CycleListModel(cycles, null, Place.Groups.ToDictionary(g => g.Id, g => g.Name));
        Measures = await MeasureSummaries.Visible(Grains, cycles.Items, CallerId);
        try
        {
            Organisations = await HttpContext.RequestServices.GetRequiredService<DirectorySearch>()
                .Search(new DirectoryQuery(Places: [Slug], First: OrganisationDirectory.PlaceOrganisations.Shown));
        }
        catch (Exception e) when (StorageFaults.Find(e) is { } fault)
        {
            HttpContext.RequestServices.GetRequiredService<ILogger<PlaceModel>>().LogError("The directory index could not be read for {Place}: {Code}: {Reason}", Slug, fault.Code, fault.Message);
            Organisations = null;
        }
    }
}
