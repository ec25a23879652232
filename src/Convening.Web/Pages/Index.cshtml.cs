using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Web.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages;

public sealed class IndexModel : ConveningPageModel
{
    [BindProperty(Name = "gathering-id")] public string? GatheringId { get; set; }
    [BindProperty(Name = "action-id")] public string? ActionId { get; set; }

    public PersonView? Me { get; private set; }
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];

    /// <summary>Actions this person owns that are not done, from the groups they are in.</summary>
    public IReadOnlyList<OwnedAction> Actions { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(LoadMe);

    /// <summary>Ticks off one of the person's actions from their own page.</summary>
    public Task<IActionResult> OnPostDone() => Attempt(async () =>
    {
        await Grains.GetGrain<IGatheringGrain>(GatheringId ?? "-").SetActionDone(ActionId ?? "", true, CallerId);
        Notify("The action is done.");
        return RedirectToPage("/Index");
    }, LoadMe);

    private async Task LoadMe()
    {
        if (CallerId is not { } id)
            return;
        Me = await Grains.GetGrain<IPersonGrain>(id).Get(id);
        Invitations = await Grains.GetGrain<IInvitationInboxGrain>(Me.Card.Email).List();
        Actions = OwnedActions.InCurrentGroups(Me, await Grains.GetGrain<IPersonActionsGrain>(id).List(id));
    }
}
