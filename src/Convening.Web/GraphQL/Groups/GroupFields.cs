using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using Convening.Web.Groups;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public static class GroupFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<GroupType, GroupSummary>("group")
            .Description("A group by id; null if there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The group's id.")
            .ResolveAsync(ctx => NotFound.AsNull(() => Group(ctx, ctx.GetArgument<string>("id")).GetSummary()));

        mutation.AddMutation<GroupType, GroupSummary, ConveneGroupInputType>("conveneGroup", "Convenes a group in a place; you become its convenor.",
            ctx =>
            {
                var command = ctx.Input<ConveneGroup>();
                return Group(ctx, RequestIds.NewId(ctx.CallerId(), command.RequestId)).Convene(command, ctx.CallerId());
            });
        mutation.AddMutation<GroupType, GroupSummary, UpdateGroupInputType>("updateGroup", "Changes a group's name and purpose.",
            ctx =>
            {
                var (groupId, command) = ctx.Keyed<UpdateGroup>();
                return Group(ctx, groupId).Update(command, ctx.CallerId());
            });
        mutation.AddMutation<InvitationType, Invitation, InviteInputType>("invite", "Invites someone by email: the invitation is emailed to them and returned, to share as well.",
            async ctx =>
            {
                var (groupId, command) = ctx.Keyed<InvitePerson>();
                var invitation = await Group(ctx, groupId).Invite(command, ctx.CallerId());
                await InvitationMail.Send(ctx.Http(), invitation);
                return invitation;
            });
        mutation.AddMutation<GroupType, GroupSummary, InvitationCodeInputType>("acceptInvitation", "Accepts an invitation sent to your email address.",
            ctx =>
            {
                var code = ctx.Input<InvitationCodeInput>().Code;
                return Group(ctx, InvitationCode.GroupId(code)).AcceptInvitation(code, ctx.CallerId());
            });
        mutation.AddMutation<GroupType, GroupSummary, InvitationCodeInputType>("revokeInvitation", "Withdraws an unanswered invitation; convenors only.",
            async ctx =>
            {
                var code = ctx.Input<InvitationCodeInput>().Code;
                var group = Group(ctx, InvitationCode.GroupId(code));
                await group.RevokeInvitation(code, ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GroupType, GroupSummary, SetRoleInputType>("setRole", "Gives a member a new role; convenors only.",
            async ctx =>
            {
                var (groupId, personId, role) = ctx.Input<SetRoleInput>();
                var group = Group(ctx, groupId);
                await group.SetRole(personId, role, ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GroupType, GroupSummary, LeaveGroupInputType>("leaveGroup", "Leaves a group.",
            async ctx =>
            {
                var group = Group(ctx, ctx.Input<LeaveGroupInput>().GroupId);
                await group.RemoveMember(ctx.RequiredCallerId(), ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GroupType, GroupSummary, RemoveMemberInputType>("removeMember", "Removes a member from a group; convenors only.",
            async ctx =>
            {
                var (groupId, personId) = ctx.Input<RemoveMemberInput>();
                var group = Group(ctx, groupId);
                await group.RemoveMember(personId, ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GlossaryEntryType, GlossaryEntry, AddGlossaryEntryInputType>("addGlossaryEntry", "Adds a term to a group's glossary.",
            ctx =>
            {
                var (groupId, entry) = ctx.Keyed<GlossaryEntryInput>();
                return Group(ctx, groupId).AddGlossaryEntry(entry, ctx.CallerId());
            });
        mutation.AddMutation<GlossaryEntryType, GlossaryEntry, UpdateGlossaryEntryInputType>("updateGlossaryEntry", "Changes a glossary entry.",
            ctx =>
            {
                var (groupId, entryId, entry) = ctx.Keyed<GlossaryEntryInput>();
                return Group(ctx, groupId).UpdateGlossaryEntry(entryId, entry, ctx.CallerId());
            });
        mutation.AddMutation<GroupType, GroupSummary, RemoveGlossaryEntryInputType>("removeGlossaryEntry", "Removes a glossary entry.",
            async ctx =>
            {
                var (groupId, entryId) = ctx.Input<RemoveGlossaryEntryInput>();
                var group = Group(ctx, groupId);
                await group.RemoveGlossaryEntry(entryId, ctx.CallerId());
                return await group.GetSummary();
            });
    }

    private static IGroupGrain Group(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<IGroupGrain>(id);
}
