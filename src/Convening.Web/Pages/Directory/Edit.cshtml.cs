using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>An entry's editor changes it; the change is reviewed while the published version stays public.</summary>
public sealed class EditModel : EntryFormModel
{
    [FromRoute] public string Id { get; set; } = "";

    public OrganisationView Entry { get; private set; } = null!;

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        await LoadEntry();
        Fill(Entry.Current);
        await LoadChoices();
    });

    public async Task<IActionResult> OnPost()
    {
        try
        {
            await LoadEntry();
        }
        catch (ConveningException e)
        {
            return await Load(() => throw e);
        }
        return await Save(content => Grains.GetGrain<IOrganisationGrain>(Id).Submit(content, CallerId),
            content => Grains.GetGrain<IOrganisationGrain>(Id).SaveDraft(content, CallerId),
            "Your changes have been sent for review",
            Entry.Published is null ? null : "The directory shows the published version until a moderator publishes your changes.");
    }

    private async Task LoadEntry()
    {
        Entry = await Grains.GetGrain<IOrganisationGrain>(Id).Get(CallerId);
        if (!Entry.CanEdit)
            throw ConveningException.Forbidden("organisation.not-an-editor", "Only the people who edit this entry can change it.");
    }
}
