using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>A moderator publishes the version waiting for review, or returns it with a comment for its submitter.</summary>
public sealed class ReviewModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "decision")] public string? Decision { get; set; }
    [BindProperty(Name = "comment")] public string? Comment { get; set; }

    public OrganisationView Entry { get; private set; } = null!;
    public EntryDetailsModel Details { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["decision", "comment"];

    public Task<IActionResult> OnGet() => Load(Reload);

    public async Task<IActionResult> OnPost()
    {
        if (!Enum.TryParse<ReviewDecision>(Decision, out var decision) || !Enum.IsDefined(decision))
        {
            ModelState.AddModelError("decision", "Select whether to publish the entry or send it back.");
            return await Invalid(Reload);
        }
        return await Attempt(async () =>
        {
            var view = await Grains.GetGrain<IOrganisationGrain>(Id).Review(decision, Comment ?? "", CallerId);
            Notify(decision == ReviewDecision.Publish
                ? $"{view.Published?.Name ?? "The entry"} is published in the directory"
                : $"{view.Current.Name} has been sent back to its submitter with your comment");
            return RedirectToPage("/Directory/Moderation");
        }, Reload);
    }

    private async Task Reload()
    {
        Entry = await Grains.GetGrain<IOrganisationGrain>(Id).Get(CallerId);
        if (!Entry.CanModerate)
            throw ConveningException.Forbidden("directory.not-a-moderator", "Only directory moderators can review entries.");
        Details = new EntryDetailsModel(Entry.Id, Entry.Current, await PlaceNames.Load(Grains), Entry.Endorsements, null, null, Entry.AssuredAt);
    }
}
