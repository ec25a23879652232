using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Groups;

public sealed class GlossaryEntryModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [FromRoute] public string EntryId { get; set; } = "";

    [BindProperty(Name = "agreed-term")] public string? AgreedTerm { get; set; }
    [BindProperty(Name = GlossaryText.FieldId)] public string? AgencyTerms { get; set; }
    [BindProperty(Name = "note")] public string? Note { get; set; }

    public GroupSummary Group { get; private set; } = null!;
    public GlossaryForm Form { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["agreed-term", GlossaryText.FieldId, "note"];

    protected override IReadOnlyDictionary<string, string> FieldAliases => GlossaryText.ErrorFields;

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var entry = await LoadEntry();
        Form = GlossaryForm.From(entry);
    });

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        if (new GlossaryForm(AgreedTerm, AgencyTerms, Note).Read(Precheck) is not { } input || !ModelState.IsValid)
            return await Invalid(Reload);
        var entry = await Grains.GetGrain<IGroupGrain>(Id).UpdateGlossaryEntry(EntryId, input, CallerId);
        Notify($"“{entry.AgreedTerm}” has been changed.");
        return RedirectToPage("/Groups/Show", new { id = Id });
    }, Reload);

    /// <summary>The page again after a mistake, keeping what was typed.</summary>
    private async Task Reload()
    {
        await LoadEntry();
        Form = new GlossaryForm(AgreedTerm, AgencyTerms, Note);
    }

    /// <summary>The entry to change, for members who may change the glossary.</summary>
    private async Task<GlossaryEntry> LoadEntry()
    {
        var details = await Grains.GetGrain<IGroupGrain>(Id).GetDetails(CallerId);
        AccessPolicy.Contributor(details.MyRole);
        Group = details.Summary;
        return details.Glossary.FirstOrDefault(e => e.Id == EntryId)
            ?? throw ConveningException.NotFound("glossary.entry-not-found", "That glossary entry does not exist.");
    }
}
