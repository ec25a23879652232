using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>Entries waiting for a moderator, oldest first; moderators only.</summary>
public sealed class ModerationModel : ConveningPageModel
{
    [BindProperty(SupportsGet = true, Name = "after")] public string? After { get; set; }

    public Page<ModerationItem> Queue { get; private set; } = new([], null, false, 0);

    public Task<IActionResult> OnGet() => Load(async () =>
        Queue = await Grains.GetGrain<IModerationQueueGrain>(IModerationQueueGrain.Key).List(DirectoryModel.PageSize, After, CallerId));
}
