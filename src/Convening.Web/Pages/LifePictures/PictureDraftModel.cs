using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>
/// The task-list pages of a picture being recorded or changed: the caller's draft, kept by the
/// picture grain a section at a time, so the pages need no JavaScript and nothing in the browser.
/// A picture not yet recorded carries its place in the address until consent is saved.
/// </summary>
public abstract class PictureDraftModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    [FromQuery(Name = "place")] public string? PlaceSlug { get; set; }

    public PictureDraft Draft { get; protected set; } = null!;

    public IReadOnlyList<FundingStreamView> Streams { get; private set; } = [];

    protected ILifePictureGrain Grain => Grains.GetGrain<ILifePictureGrain>(Id);

    protected async Task LoadDraft()
    {
        Draft = await Grain.Draft(PlaceSlug, CallerId);
        Streams = (await Grains.GetGrain<IPlaceFundingGrain>(Draft.PlaceSlug).Get()).Streams;
    }

    /// <summary>Whether the person's consent is saved, so the other sections can start.</summary>
    public bool CanStart => !Draft.IsNew || Draft.Changed.Contains(PictureSections.Consent);

    /// <summary>The place, carried in the address from page to page of this draft while nothing is stored; null once it is.</summary>
    public string? KeptPlace => CanStart ? null : PlaceSlug;

    public string StreamName(string id) => Streams.FirstOrDefault(s => s.Id == id)?.Name ?? id;
}
