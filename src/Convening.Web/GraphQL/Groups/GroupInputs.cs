using Convening.Contracts.Groups;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class GroupInput
{
    public string? GroupId { get; set; }
    public string? PlaceSlug { get; set; }
    public string Name { get; set; } = "";
    public string? Purpose { get; set; }
    public string? RequestId { get; set; }
}

public sealed class ConveneGroupInputType : InputObjectGraphType<GroupInput>
{
    public ConveneGroupInputType()
    {
        Name = "ConveneGroupInput";
        Description = "A new group in a place; you become its first convenor.";
        Field(x => x.PlaceSlug, nullable: false).Description("The place to convene it in.");
        Field(x => x.Name).Description("The group's name, e.g. 'Right to Control Trailblazer'.");
        Field(x => x.Purpose, nullable: true).Description("What the group is for.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateGroupInputType : InputObjectGraphType<GroupInput>
{
    public UpdateGroupInputType()
    {
        Name = "UpdateGroupInput";
        Description = "A group's new name and purpose; convenors only.";
        Field(x => x.GroupId, nullable: false).Description("The group to change.");
        Field(x => x.Name).Description("The group's name.");
        Field(x => x.Purpose, nullable: true).Description("What the group is for.");
    }
}

public sealed class MemberInput
{
    public string GroupId { get; set; } = "";
    public string? PersonId { get; set; }
    public string? Email { get; set; }
    public GroupRole? Role { get; set; }
    public string? Code { get; set; }
}

public sealed class InviteInputType : InputObjectGraphType<MemberInput>
{
    public InviteInputType()
    {
        Name = "InviteInput";
        Description = "Invite someone to a group by email; convenors only. No email is sent: share the invitation's link.";
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.Email, nullable: false).Description("Their email address; they accept after signing up with it.");
        Field<GroupRoleType>("role").Description("Their role once they join (default MEMBER).");
    }
}

public sealed class InvitationCodeInputType : InputObjectGraphType<MemberInput>
{
    public InvitationCodeInputType()
    {
        Name = "InvitationCodeInput";
        Description = "An invitation, by its code.";
        Field(x => x.Code, nullable: false).Description("The invitation's code.");
    }
}

public sealed class SetRoleInputType : InputObjectGraphType<MemberInput>
{
    public SetRoleInputType()
    {
        Name = "SetRoleInput";
        Description = "Give a member a new role; convenors only. A group always keeps at least one convenor.";
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.PersonId, nullable: false).Description("The member.");
        Field<NonNullGraphType<GroupRoleType>>("role").Description("Their new role.");
    }
}

public sealed class RemoveMemberInputType : InputObjectGraphType<MemberInput>
{
    public RemoveMemberInputType()
    {
        Name = "RemoveMemberInput";
        Description = "Remove a member from a group (convenors), or leave it yourself by giving your own id.";
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.PersonId, nullable: false).Description("The member to remove.");
    }
}

public sealed class LeaveGroupInputType : InputObjectGraphType<MemberInput>
{
    public LeaveGroupInputType()
    {
        Name = "LeaveGroupInput";
        Description = "Leave a group. The last convenor cannot leave.";
        Field(x => x.GroupId).Description("The group.");
    }
}
