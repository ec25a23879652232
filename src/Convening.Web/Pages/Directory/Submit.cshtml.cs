using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>An organisation adds itself to the directory; a moderator reviews the entry before it is public.</summary>
public sealed class SubmitModel : EntryFormModel
{
    public async Task<IActionResult> OnGet()
    {
        Services = [ServiceForm.Empty()];
        return await Load(LoadChoices);
    }

    public Task<IActionResult> OnPost() => Save(
        content => Entry().Submit(content, CallerId, RequestId),
        content => Entry().SaveDraft(content, CallerId),
        "Your entry has been sent for review",
        "A directory moderator will check it before it is published. You will see their comments on this page.");

    /// <summary>The new entry, its id drawn from the form's request id: saving a draft and then sending from the same form make one entry.</summary>
    private IOrganisationGrain Entry() => Grains.GetGrain<IOrganisationGrain>(Guid.ParseExact(RequestIds.NewId(CallerId, RequestId), "N").ToString("D"));
}
