using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>
/// Editing the shared notes without losing anyone's work: the form carries the version it
/// started from; if someone saved since, the grain refuses, and this page keeps what was typed
/// and shows what they saved, to merge by hand.
/// </summary>
public sealed class NotesModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "notes")] public string? Text { get; set; }
    [BindProperty(Name = "base-version")] public int BaseVersion { get; set; }

    public GatheringView Gathering { get; private set; } = null!;

    /// <summary>Someone else saved while this person was editing.</summary>
    public bool Conflict => ModelState.Values.Any(v => v.Errors.Count > 0) && Gathering.Notes.Version != BaseVersion;

    protected override IReadOnlyCollection<string> Fields => ["notes"];

    public Task<IActionResult> OnGet() => Load(LoadGathering);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Grains.GetGrain<IGatheringGrain>(Id).UpdateNotes(Text ?? "", BaseVersion, CallerId);
        Notify("The notes have been saved.");
        return RedirectToPage("/Gatherings/Show", null, new { id = Id }, "notes");
    }, LoadGathering);

    private async Task LoadGathering()
    {
        Gathering = await Grains.GetGrain<IGatheringGrain>(Id).Get(CallerId);
        AccessPolicy.Contributor(Gathering.MyRole);
    }
}
