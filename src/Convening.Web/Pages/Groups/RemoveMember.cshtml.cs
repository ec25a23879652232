using Convening.Contracts;
using Convening.Contracts.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Groups;

/// <summary>
/// Asks a convenor to confirm before removing someone (the GOV.UK pattern for an action that
/// cannot be undone in one step); works without JavaScript.
/// </summary>
public sealed class RemoveMemberModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [FromRoute] public string PersonId { get; set; } = "";

    public string GroupName { get; private set; } = "";
    public string Name { get; private set; } = "";

    public Task<IActionResult> OnGet() => Load(LoadMember);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadMember();
        await Group.RemoveMember(PersonId, CallerId);
        Notify($"{Name} has been removed from the group.");
        return RedirectToPage("/Groups/Show", new { id = Id });
    }, LoadMember);

    private IGroupGrain Group => Grains.GetGrain<IGroupGrain>(Id);

    /// <summary>Only a convenor sees the question; the grain checks again when it is answered.</summary>
    private async Task LoadMember()
    {
        var details = await Group.GetDetails(CallerId);
        GroupName = (await Group.GetSummary()).Name;
        if (details.MyRole != GroupRole.Convenor)
            throw ConveningException.Forbidden("group.not-a-convenor", "Only a convenor can remove someone from the group.");
        Name = details.Members.FirstOrDefault(m => m.Person.Id == PersonId)?.Person.DisplayName
            ?? throw ConveningException.NotFound("group.not-a-member", "That person is not a member of this group.");
    }
}
