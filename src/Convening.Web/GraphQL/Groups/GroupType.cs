using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.Cycles;
using Convening.Web.GraphQL.Gatherings;
using Convening.Web.GraphQL.Places;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class GroupType : ObjectGraphType<GroupSummary>
{
    public GroupType()
    {
        Name = "Group";
        Description = "A cross-sector group convened in a place. Anyone sees its name and purpose; members see the rest.";
        Field(x => x.Id).Description("The group's id.");
        Field(x => x.Name).Description("The group's name.");
        Field(x => x.Purpose).Description("What the group is for.");
        Field(x => x.MemberCount).Description("How many members it has.");
        Field<NonNullGraphType<GroupStandingType>, GroupStanding>("standing")
            .Description("Whether the place's stewards have approved it; until then its members have no standing in the place.")
            .Resolve(ctx => ctx.Source.Standing);
        Field<NonNullGraphType<PlaceType>, PlaceView>("place")
            .Description("The place the group is convened in.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IPlaceGrain>(ctx.Source.PlaceSlug).Get());
        Field<GroupRoleType, GroupRole?>("myRole")
            .Description("Your role in the group, or null if you are not a member.")
            .ResolveAsync(async ctx => ctx.CallerId() is null ? null : (await TryDetails(ctx))?.MyRole);
        Field<ListGraphType<NonNullGraphType<MemberType>>, IReadOnlyList<Member>>("members")
            .Description("Members with their sector, organisation and availability, ordered by sector. Members only.")
            .ResolveAsync(async ctx => (await Details(ctx)).Members);
        Field<ListGraphType<NonNullGraphType<GlossaryEntryType>>, IReadOnlyList<GlossaryEntry>>("glossary")
            .Description("The group's shared language: the term it agrees to use and what each agency says. Members only.")
            .ResolveAsync(async ctx => (await Details(ctx)).Glossary);
        Field<ListGraphType<NonNullGraphType<InvitationType>>, IReadOnlyList<Invitation>>("invitations")
            .Description("Invitations not yet answered. Convenors see them all; other members see none. Members only.")
            .ResolveAsync(async ctx => (await Details(ctx)).Invitations);
        Field<GatheringConnectionType, Page<GatheringSummary>>("gatherings")
            .Description("The group's gatherings: upcoming (drafts, then soonest first) or past (most recent first). Members only.")
            .Argument<BooleanGraphType>("past", "True for past gatherings; default false (upcoming).")
            .Argument<IntGraphType>("first", "How many to return (1 to 100, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IGroupGatheringsGrain>(ctx.Source.Id)
                .List(ctx.GetArgument("past", false), ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after"), ctx.CallerId()));
        Field<ListGraphType<NonNullGraphType<AgencyHoursType>>, IReadOnlyList<AgencyHours>>("agencyHours")
            .Description("The working hours of the agencies members come from, which gatherings are planned within. Members only.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IGroupGatheringsGrain>(ctx.Source.Id).GetAgencyHours(ctx.CallerId()));
        CycleConnectionType.AddTo(this, "The group's learning cycles, newest first. Anyone sees their questions and stages.", g => ICycleIndexGrain.ForGroup(g.Id));
    }

    private static Task<GroupDetails> Details(IResolveFieldContext<GroupSummary> ctx) =>
        ctx.Once($"group:{ctx.Source.Id}", () => ctx.Grains().GetGrain<IGroupGrain>(ctx.Source.Id).GetDetails(ctx.CallerId()));

    private static async Task<GroupDetails?> TryDetails(IResolveFieldContext<GroupSummary> ctx)
    {
        try
        {
            return await Details(ctx);
        }
        catch (ConveningException e) when (e.Code == AccessPolicy.MembersOnly)
        {
            return null;
        }
    }
}
