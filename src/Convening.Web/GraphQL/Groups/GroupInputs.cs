using Convening.Contracts.Groups;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class ConveneGroupInputType : CommandInputType<ConveneGroup>
{
    public ConveneGroupInputType() : base("ConveneGroupInput", "A new group in a place; you become its first convenor.")
    {
        Field(x => x.PlaceSlug).Description("The place to convene it in.");
        Field(x => x.Name).Description("The group's name, e.g. 'Right to Control Trailblazer'.");
        Field(x => x.Purpose, nullable: true).Description("What the group is for.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateGroupInputType : CommandInputType<UpdateGroup>
{
    public UpdateGroupInputType() : base("UpdateGroupInput", "A group's new name and purpose; convenors only.")
    {
        Key<StringGraphType>("groupId", "The group to change.");
        Field(x => x.Name).Description("The group's name.");
        Field(x => x.Purpose, nullable: true).Description("What the group is for.");
    }
}

public sealed class InviteInputType : CommandInputType<InvitePerson>
{
    public InviteInputType() : base("InviteInput", "Invite someone to a group by email; convenors only. No email is sent: share the invitation's link.")
    {
        Key<StringGraphType>("groupId", "The group.");
        Field(x => x.Email).Description("Their email address; they accept after signing up with it.");
        Field<GroupRoleType>("role").Description("Their role once they join (default MEMBER).");
    }
}

/// <summary>An invitation's code, which names its group.</summary>
public sealed record InvitationCodeInput(string Code);

public sealed class InvitationCodeInputType : CommandInputType<InvitationCodeInput>
{
    public InvitationCodeInputType() : base("InvitationCodeInput", "An invitation, by its code.")
    {
        Field(x => x.Code).Description("The invitation's code.");
    }
}

/// <summary>A member of a group and their new role.</summary>
public sealed record SetRoleInput(string GroupId, string PersonId, GroupRole Role);

public sealed class SetRoleInputType : CommandInputType<SetRoleInput>
{
    public SetRoleInputType() : base("SetRoleInput", "Give a member a new role; convenors only. A group always keeps at least one convenor.")
    {
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.PersonId).Description("The member.");
        Field<NonNullGraphType<GroupRoleType>>("role").Description("Their new role.");
    }
}

/// <summary>A member to remove from a group.</summary>
public sealed record RemoveMemberInput(string GroupId, string PersonId);

public sealed class RemoveMemberInputType : CommandInputType<RemoveMemberInput>
{
    public RemoveMemberInputType() : base("RemoveMemberInput", "Remove a member from a group (convenors), or leave it yourself by giving your own id.")
    {
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.PersonId).Description("The member to remove.");
    }
}

/// <summary>A group to leave.</summary>
public sealed record LeaveGroupInput(string GroupId);

public sealed class LeaveGroupInputType : CommandInputType<LeaveGroupInput>
{
    public LeaveGroupInputType() : base("LeaveGroupInput", "Leave a group. The last convenor cannot leave.")
    {
        Field(x => x.GroupId).Description("The group.");
    }
}
