using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.LifePictures;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>
/// Who can see a picture: name another practitioner (chosen from the caller's colleagues in the
/// place, never looked up by address), stop sharing with one, and give the person their code.
/// </summary>
public sealed class ShareModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    [BindProperty(Name = "person")] public string? PersonId { get; set; }

    public PictureView Picture { get; private set; } = null!;

    public IReadOnlyList<PlaceSteward> Colleagues { get; private set; } = [];

    /// <summary>The code just made, shown once on this response and never stored in the browser.</summary>
    public string? Code { get; private set; }

    protected override IReadOnlyCollection<string> Fields => ["person"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string> { ["picture"] = "person" };

    public Task<IActionResult> OnGet() => Load(Read);

    public Task<IActionResult> OnPostAdd() => Attempt(async () =>
    {
        await Read();
        var view = await PictureText.Plainly(() => Grain.AddPractitioner(PersonId ?? "", CallerId));
        Notify($"The picture is now shared with {view.Practitioners.First(p => p.Id == PersonId).DisplayName}");
        return RedirectToPage("/LifePictures/Share", new { id = Id });
    }, Read);

    public Task<IActionResult> OnPostRemove() => Attempt(async () =>
    {
        await Read();
        var name = Picture.Practitioners.FirstOrDefault(p => p.Id == PersonId)?.DisplayName ?? "That practitioner";
        await PictureText.Plainly(async () => { await Grain.RemovePractitioner(PersonId ?? "", CallerId); return true; });
        Notify($"{name} can no longer see the picture");
        return PersonId == CallerId ? RedirectToPage("/LifePictures/Index") : RedirectToPage("/LifePictures/Share", new { id = Id });
    }, Read);

    public Task<IActionResult> OnPostCode() => Attempt(async () =>
    {
        Code = await Grain.IssueClaim(CallerId);
        await Read();
        return Page();
    }, Read);

    private async Task Read()
    {
        Picture = await Grain.Get(CallerId);
        if (Picture.CallerIsThePerson)
            return;
        var caller = CallerId!;
        var place = await Grains.GetGrain<IPlaceGrain>(Picture.PlaceSlug).Get();
        var me = await Grains.GetGrain<IPersonGrain>(caller).Get(caller);
        var groups = me.Memberships.Where(m => m.PlaceSlug == place.Slug && place.Groups.Any(g => g.Id == m.GroupId)).Select(m => m.GroupId).Distinct();
        var members = await Task.WhenAll(groups.Select(g => Grains.GetGrain<IGroupGrain>(g).MemberNames()));
        Colleagues = [.. members.SelectMany(m => m).Concat(place.Stewards)
            .Where(p => p.Id != caller && p.Id != Picture.Person?.Id && Picture.Practitioners.All(x => x.Id != p.Id))
            .DistinctBy(p => p.Id).OrderBy(p => p.DisplayName, StringComparer.OrdinalIgnoreCase).Take(Limits.StewardCandidatesShown)];
    }

    private ILifePictureGrain Grain => Grains.GetGrain<ILifePictureGrain>(Id);
}
