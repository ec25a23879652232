using Convening.Contracts.Groups;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class InvitationType : ObjectGraphType<Invitation>
{
    public InvitationType()
    {
        Name = "Invitation";
        Description = "An invitation to join a group. Share its code or link with the person invited.";
        Field(x => x.Code).Description("The code to accept it with; the link is /invitations/{code}.");
        Field(x => x.GroupId).Description("The group it is for.");
        Field(x => x.GroupName).Description("The group's name when the invitation was sent.");
        Field(x => x.Email).Description("The email address invited; only an account with this address can accept.");
        Field<NonNullGraphType<GroupRoleType>, GroupRole>("role").Description("The role they will have.").Resolve(ctx => ctx.Source.Role);
        Field(x => x.InvitedBy).Description("Who sent it.");
        Field(x => x.CreatedAt).Description("When it was sent.");
    }
}
