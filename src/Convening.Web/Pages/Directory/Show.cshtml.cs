using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

/// <summary>An organisation's entry: public once published; its editors and the moderators also see where it is in review.</summary>
public sealed class OrganisationModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "approach")] public string? Approach { get; set; }
    [BindProperty(Name = "on")] public bool On { get; set; }

    public OrganisationView Entry { get; private set; } = null!;
    public EntryDetailsModel Details { get; private set; } = null!;
    public bool SignedIn => CallerId is not null;

    /// <summary>Whether the caller sees a version the public does not (theirs, or one to review).</summary>
    public bool SeesPending => Entry.Pending is not null && (Entry.CanEdit || Entry.CanModerate) && Entry.Draft is null;

    protected override IReadOnlyCollection<string> Fields => [];

    public Task<IActionResult> OnGet() => Load(Reload);

    public Task<IActionResult> OnPostEndorse() => Change(
        o => o.Endorse(Approach ?? "", On, CallerId),
        On ? "Thank you: your endorsement is shown on the entry" : "Your endorsement has been taken back");

    public Task<IActionResult> OnPostWithdraw() => Attempt(async () =>
    {
        var before = await Grains.GetGrain<IOrganisationGrain>(Id).Get(CallerId);
        await Grains.GetGrain<IOrganisationGrain>(Id).Withdraw(CallerId);
        if (before.Status != EntryStatus.Draft)
            return Done("The entry has been withdrawn from the directory");
        Notify("Your draft has been deleted");
        return RedirectToPage("/Directory/Mine");
    }, Reload);

    public Task<IActionResult> OnPostSend() => CallerId is null
        ? Task.FromResult<IActionResult>(Challenge())
        : Change(o => o.SendDraft(CallerId), "Your entry has been sent for review");

    private Task<IActionResult> Change(Func<IOrganisationGrain, Task<OrganisationView>> change, string notice) => Attempt(async () =>
    {
        await change(Grains.GetGrain<IOrganisationGrain>(Id));
        return Done(notice);
    }, Reload);

    private RedirectToPageResult Done(string notice)
    {
        Notify(notice);
        return RedirectToPage("/Directory/Show", new { id = Id });
    }

    private async Task Reload()
    {
        Entry = await Grains.GetGrain<IOrganisationGrain>(Id).Get(CallerId);
        var endorsing = SignedIn && !Entry.CanEdit && Entry.Published is not null && Entry.Status == EntryStatus.Published;
        Details = new EntryDetailsModel(Entry.Id, Entry.Current, await PlaceNames.Load(Grains), Entry.Endorsements, endorsing ? CallerId : null,
            SignedIn ? null : SignInUrl, Entry.AssuredAt);
    }
}

/// <summary>
/// What the entry's details partial shows: the content, place names, endorsements and, where
/// <see cref="EndorserId"/> is set, the endorse buttons for that person.
/// </summary>
public sealed record EntryDetailsModel(string Id, EntryContent Content, IReadOnlyDictionary<string, string> Places,
    IReadOnlyList<Endorsement> Endorsements, string? EndorserId, string? SignInUrl, DateTimeOffset? AssuredAt);
