using Convening.Contracts.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Groups;

public sealed partial class GroupModel
{
    [BindProperty(Name = "agreed-term")] public string? AgreedTerm { get; set; }
    [BindProperty(Name = GlossaryText.FieldId)] public string? AgencyTerms { get; set; }
    [BindProperty(Name = "note")] public string? Note { get; set; }
    [BindProperty(Name = "entry-id")] public string? EntryId { get; set; }

    public GlossaryForm NewEntry => new(AgreedTerm, AgencyTerms, Note);

    public Task<IActionResult> OnPostAddTerm() => Attempt(async () =>
    {
        if (NewEntry.Read(Precheck) is not { } input || !ModelState.IsValid)
            return await Invalid(LoadGroup);
        var entry = await Group.AddGlossaryEntry(input, CallerId);
        return Done($"“{entry.AgreedTerm}” has been added to the glossary.");
    }, LoadGroup);

    public Task<IActionResult> OnPostRemoveTerm() => Attempt(async () =>
    {
        var term = (await Group.GetDetails(CallerId)).Glossary.FirstOrDefault(e => e.Id == EntryId)?.AgreedTerm;
        await Group.RemoveGlossaryEntry(EntryId ?? "", CallerId);
        return Done($"“{term}” has been removed from the glossary.");
    }, LoadGroup);
}
