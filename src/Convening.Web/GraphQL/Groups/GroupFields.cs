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
                var input = ctx.Input<GroupInput>();
                return Group(ctx, RequestIds.NewId(ctx.CallerId(), input.RequestId))
                    .Convene(new ConveneGroup(input.PlaceSlug ?? "", input.Name, input.Purpose ?? "") { RequestId = input.RequestId }, ctx.CallerId());
            });
        mutation.AddMutation<GroupType, GroupSummary, UpdateGroupInputType>("updateGroup", "Changes a group's name and purpose.",
            ctx =>
            {
                var input = ctx.Input<GroupInput>();
                return Group(ctx, input.GroupId ?? "").Update(new UpdateGroup(input.Name, input.Purpose ?? ""), ctx.CallerId());
            });
        mutation.AddMutation<InvitationType, Invitation, InviteInputType>("invite", "Invites someone by email: the invitation is emailed to them and returned, to share as well.",
            async ctx =>
            {
                var input = ctx.Input<MemberInput>();
                var invitation = await Group(ctx, input.GroupId).Invite(new InvitePerson(input.Email ?? "", input.Role ?? GroupRole.Member), ctx.CallerId());
                await InvitationMail.Send(ctx.Http(), invitation);
                return invitation;
            });
        mutation.AddMutation<GroupType, GroupSummary, InvitationCodeInputType>("acceptInvitation", "Accepts an invitation sent to your email address.",
            ctx =>
            {
                var code = ctx.Input<MemberInput>().Code ?? "";
                return Group(ctx, InvitationCode.GroupId(code)).AcceptInvitation(code, ctx.CallerId());
            });
        mutation.AddMutation<GroupType, GroupSummary, InvitationCodeInputType>("revokeInvitation", "Withdraws an unanswered invitation; convenors only.",
            async ctx =>
            {
                var code = ctx.Input<MemberInput>().Code ?? "";
                var group = Group(ctx, InvitationCode.GroupId(code));
                await group.RevokeInvitation(code, ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GroupType, GroupSummary, SetRoleInputType>("setRole", "Gives a member a new role; convenors only.",
            async ctx =>
            {
                var input = ctx.Input<MemberInput>();
                var group = Group(ctx, input.GroupId);
                await group.SetRole(input.PersonId ?? "", input.Role ?? GroupRole.Member, ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GroupType, GroupSummary, LeaveGroupInputType>("leaveGroup", "Leaves a group.",
            async ctx =>
            {
                var group = Group(ctx, ctx.Input<MemberInput>().GroupId);
                await group.RemoveMember(ctx.RequiredCallerId(), ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GroupType, GroupSummary, RemoveMemberInputType>("removeMember", "Removes a member from a group; convenors only.",
            async ctx =>
            {
                var input = ctx.Input<MemberInput>();
                var group = Group(ctx, input.GroupId);
                await group.RemoveMember(input.PersonId ?? "", ctx.CallerId());
                return await group.GetSummary();
            });
        mutation.AddMutation<GlossaryEntryType, GlossaryEntry, AddGlossaryEntryInputType>("addGlossaryEntry", "Adds a term to a group's glossary.",
            ctx =>
            {
                var input = ctx.Input<GlossaryInput>();
                return Group(ctx, input.GroupId).AddGlossaryEntry(ToEntry(input), ctx.CallerId());
            });
        mutation.AddMutation<GlossaryEntryType, GlossaryEntry, UpdateGlossaryEntryInputType>("updateGlossaryEntry", "Changes a glossary entry.",
            ctx =>
            {
                var input = ctx.Input<GlossaryInput>();
                return Group(ctx, input.GroupId).UpdateGlossaryEntry(input.EntryId ?? "", ToEntry(input), ctx.CallerId());
            });
        mutation.AddMutation<GroupType, GroupSummary, RemoveGlossaryEntryInputType>("removeGlossaryEntry", "Removes a glossary entry.",
            async ctx =>
            {
                var input = ctx.Input<GlossaryInput>();
                var group = Group(ctx, input.GroupId);
                await group.RemoveGlossaryEntry(input.EntryId ?? "", ctx.CallerId());
                return await group.GetSummary();
            });
    }

    private static IGroupGrain Group(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<IGroupGrain>(id);

    private static GlossaryEntryInput ToEntry(GlossaryInput input) =>
        new(input.AgreedTerm, [.. (input.AgencyTerms ?? []).Select(t => new AgencyTerm(t.Agency, t.Term))], input.Note ?? "");
}
