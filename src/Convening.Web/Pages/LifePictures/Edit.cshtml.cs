using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>The task list for recording or changing a life picture: consent first, then each section, then check your answers.</summary>
public sealed class EditModel : PictureDraftModel
{
    public Task<IActionResult> OnGet() => Load(LoadDraft);

    /// <summary>Throws the caller's unsaved changes away.</summary>
    public Task<IActionResult> OnPostDiscard() => Attempt(async () =>
    {
        await LoadDraft();
        await Grain.DiscardDraft(CallerId);
        Notify(Draft.IsNew ? "The unfinished picture was thrown away." : "Your unsaved changes were thrown away.");
        return Draft.IsNew ? RedirectToPage("/LifePictures/Index") : RedirectToPage("/LifePictures/Show", new { id = Id });
    }, LoadDraft);

    /// <summary>GOV.UK task list status: a blue tag for what is still to do, grey text (no tag) for sections waiting for consent.</summary>
    public (string Text, string? Tag) Status(string section)
    {
        if (Draft.Changed.Contains(section))
            return Draft.IsNew ? ("Completed", null) : ("Changed", "govuk-tag--blue");
        if (!Draft.IsNew)
            return ("Saved before", null);
        return section == PictureSections.Consent || CanStart ? ("Not yet started", "govuk-tag--blue") : ("Cannot start yet", null);
    }

    public bool Linked(string section) => section == PictureSections.Consent || CanStart;
}
