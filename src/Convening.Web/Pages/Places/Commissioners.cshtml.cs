using Convening.Contracts;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Places;

/// <summary>A place's stewards appoint and remove its commissioners, who see only suppressed totals of life pictures.</summary>
public sealed class CommissionersModel : ConveningPageModel
{
    [FromRoute] public string Slug { get; set; } = "";

    [BindProperty(Name = "person")] public string? PersonId { get; set; }

    public PlaceView Place { get; private set; } = null!;

    public IReadOnlyList<PlaceSteward> Candidates { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => ["person"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["person.not-found"] = "person", ["place.already-commissioner"] = "person", ["place.too-many-commissioners"] = "person",
    };

    public Task<IActionResult> OnGet() => Load(Read);

    public Task<IActionResult> OnPostAppoint() => Attempt(async () =>
    {
        await Read();
        var place = await PlaceGrain.AppointCommissioner(PersonId ?? "", CallerId);
        Notify($"{place.Commissioners.First(c => c.Id == PersonId).DisplayName} is now a commissioner of {place.Name}");
        return RedirectToPage("/Places/Commissioners", new { slug = Slug });
    }, Read);

    public Task<IActionResult> OnPostRemove() => Attempt(async () =>
    {
        await Read();
        var name = Place.Commissioners.FirstOrDefault(c => c.Id == PersonId)?.DisplayName ?? "That person";
        var place = await PlaceGrain.RemoveCommissioner(PersonId ?? "", CallerId);
        Notify($"{name} is no longer a commissioner of {place.Name}");
        return RedirectToPage("/Places/Commissioners", new { slug = Slug });
    }, Read);

    private IPlaceGrain PlaceGrain => Grains.GetGrain<IPlaceGrain>(Slug);

    /// <summary>Stewards only: the candidates are the people in the place's approved groups, and its stewards.</summary>
    private async Task Read()
    {
        if (CallerId is null)
            throw ConveningException.Unauthenticated();
        Place = await PlaceGrain.Get();
        AccessPolicy.Steward(Place, CallerId);
        var members = await PlaceGrain.StewardCandidates(CallerId);
        Candidates = [.. members.Concat(Place.Stewards).Where(p => Place.Commissioners.All(c => c.Id != p.Id)).DistinctBy(p => p.Id)
            .OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }
}
