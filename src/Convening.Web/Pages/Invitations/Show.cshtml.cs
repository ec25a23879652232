using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Web.Groups;
using Convening.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Invitations;

/// <summary>
/// Where an invitation link lands. Holding the code is enough to see the invitation; only the
/// person it was sent to can accept it, and the group grain checks that.
/// </summary>
public sealed class InvitationModel : ConveningPageModel
{
    [FromRoute] public string Code { get; set; } = "";

    public Invitation? Invitation { get; private set; }
    public GroupSummary? Group { get; private set; }
    public PlaceView? Place { get; private set; }

    /// <summary>Why the invitation cannot be used: not found, or already accepted.</summary>
    public ConveningException? Refusal { get; private set; }

    /// <summary>The caller's membership of the group, when they have already accepted.</summary>
    public Membership? Membership { get; private set; }

    public string? SignedInAs => CallerEmail;

    public bool ForMe => Invitation is not null && Invitation.Email == CallerEmail;

    public async Task<IActionResult> OnGet()
    {
        await LoadInvitation();
        return Page();
    }

    public async Task<IActionResult> OnPost()
    {
        try
        {
            var group = await Grains.GetGrain<IGroupGrain>(InvitationCode.GroupId(Code)).AcceptInvitation(Code, CallerId);
            Notify($"You have joined {group.Name}.");
            return RedirectToPage("/Groups/Show", new { id = group.Id });
        }
        catch (ConveningException e)
        {
            await LoadInvitation();
            // A refusal the page already explains (used, withdrawn) needs no error summary as well.
            if (Refusal is null)
                ShowError(e);
            Response.StatusCode = ErrorStatus.For(e.Kind);
            return Page();
        }
    }

    private async Task LoadInvitation()
    {
        try
        {
            var group = Grains.GetGrain<IGroupGrain>(InvitationCode.GroupId(Code));
            Invitation = await group.GetInvitation(Code);
            Group = await group.GetSummary();
            Place = await Grains.GetGrain<IPlaceGrain>(Group.PlaceSlug).Get();
        }
        catch (ConveningException e)
        {
            Refusal = e;
            Response.StatusCode = ErrorStatus.For(e.Kind);
            if (CallerId is { } me)
            {
                var person = await Grains.GetGrain<IPersonGrain>(me).Get(me);
                Membership = person.Memberships.FirstOrDefault(m => Code.StartsWith(m.GroupId + ".", StringComparison.Ordinal));
            }
        }
    }
}
