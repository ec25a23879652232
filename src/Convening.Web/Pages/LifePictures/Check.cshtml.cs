using Convening.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>Check your answers: the whole draft with a change link for each section, then save it as the picture's next version.</summary>
public sealed class CheckModel : PictureDraftModel
{
    public Task<IActionResult> OnGet() => Load(LoadDraft);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadDraft();
        var picture = await PictureText.Plainly(() => Grain.SubmitDraft(CallerId));
        Notify(Draft.IsNew ? "The life picture is recorded" : "The life picture is saved",
            Draft.IsNew ? "Give the person their code from ‘Who can see it’, so they can see it, correct it and download it." : $"It is now version {picture.Version}.");
        return RedirectToPage("/LifePictures/Show", new { id = Id });
    }, LoadDraft);

    /// <summary>A refusal's section, so the error summary links to the page that mends it.</summary>
    public string? SectionOf(string code) => code.Split('.')[0] switch
    {
        "known-as" or "what-matters" => Contracts.LifePictures.PictureSections.About,
        "strengths" => Contracts.LifePictures.PictureSections.Strengths,
        _ when code == "picture.no-consent" => Contracts.LifePictures.PictureSections.Consent,
        _ => null,
    };

    public IReadOnlyList<(string Message, string? Section)> Problems { get; private set; } = [];

    protected override string FieldFor(ConveningException e)
    {
        Problems = [.. Problems, (e.Message, SectionOf(e.Code))];
        return base.FieldFor(e);
    }
}
