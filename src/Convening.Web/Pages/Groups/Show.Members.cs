using Convening.Contracts.Groups;
using Convening.Web.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Groups;

public sealed partial class GroupModel
{
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "role")] public string? Role { get; set; }
    [BindProperty(Name = "new-role")] public string? NewRole { get; set; }
    [BindProperty(Name = "person-id")] public string? PersonId { get; set; }
    [BindProperty(Name = "code")] public string? Code { get; set; }

    public Task<IActionResult> OnPostInvite() => Attempt(async () =>
    {
        var invitation = await Group.Invite(new InvitePerson(Email ?? "", Roles.Parse(Role, "role")), CallerId);
        await InvitationMail.Send(HttpContext, invitation);
        return Done($"{invitation.Email} is invited as {Roles.WithArticle(invitation.Role)}. We have emailed them this link to accept the invitation, which you can also send them yourself:",
            InvitationLink(invitation.Code));
    }, LoadGroup);

    public Task<IActionResult> OnPostRevoke() => Attempt(async () =>
    {
        await Group.RevokeInvitation(Code ?? "", CallerId);
        return Done("The invitation has been withdrawn. Its link no longer works.");
    }, LoadGroup);

    public Task<IActionResult> OnPostRole() => Attempt(async () =>
    {
        var role = Roles.Parse(NewRole, "new-role");
        await Group.SetRole(PersonId ?? "", role, CallerId);
        return Done($"{await MemberName()} is now {Roles.WithArticle(role)}.");
    }, LoadGroup);

    private async Task<string> MemberName() =>
        (await Group.GetDetails(CallerId)).Members.FirstOrDefault(m => m.Person.Id == PersonId)?.Person.DisplayName ?? "They";
}
