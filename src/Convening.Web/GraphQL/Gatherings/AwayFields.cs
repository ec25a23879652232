using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.Groups;
using Convening.Web.GraphQL.People;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

/// <summary>Mutations about when people can meet: their absences and deputy, their agencies' hours, and their calendar feed.</summary>
public static class AwayFields
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddMutation<PersonType, PersonView, AddAbsenceInputType>("addAbsence", "Records days you will be away.",
            ctx =>
            {
                var input = ctx.Input<AddAbsenceInput>();
                return Me(ctx).AddAbsence(input.From, input.To, ctx.CallerId());
            });
        mutation.AddMutation<PersonType, PersonView, RemoveAbsenceInputType>("removeAbsence", "Removes an absence.",
            ctx => Me(ctx).RemoveAbsence(ctx.Input<RemoveAbsenceInput>().AbsenceId, ctx.CallerId()));
        mutation.AddMutation<PersonType, PersonView, SetDeputyInputType>("setDeputy", "Names who to contact while you are away, or clears it.",
            ctx =>
            {
                var deputy = ctx.Input<Deputy>();
                var clear = string.IsNullOrWhiteSpace(deputy.Name) && string.IsNullOrWhiteSpace(deputy.Contact);
                return Me(ctx).SetDeputy(clear ? null : deputy, ctx.CallerId());
            });
        mutation.AddMutation<PersonType, PersonView, ResetCalendarFeedInputType>("resetCalendarFeed",
            "Makes you a new private calendar feed address (see Person.calendarFeedUrl); any old address stops working.",
            async ctx =>
            {
                var me = ctx.RequiredCallerId();
                await ctx.Grains().GetGrain<ICalendarFeedGrain>(me).Reset(me);
                return await Me(ctx).Get(me);
            });
        mutation.AddMutation<GroupType, GroupSummary, SetAgencyHoursInputType>("setAgencyHours", "Sets an agency's working hours for a group.",
            async ctx =>
            {
                var input = ctx.Input<SetAgencyHoursInput>();
                await Index(ctx, input.GroupId).SetAgencyHours(new AgencyHours(input.Organisation, input.Hours.ToAvailability()), ctx.CallerId());
                return await ctx.Grains().GetGrain<IGroupGrain>(input.GroupId).GetSummary();
            });
        mutation.AddMutation<GroupType, GroupSummary, RemoveAgencyHoursInputType>("removeAgencyHours", "Forgets an agency's working hours for a group.",
            async ctx =>
            {
                var input = ctx.Input<RemoveAgencyHoursInput>();
                await Index(ctx, input.GroupId).RemoveAgencyHours(input.Organisation, ctx.CallerId());
                return await ctx.Grains().GetGrain<IGroupGrain>(input.GroupId).GetSummary();
            });
    }

    private static IPersonGrain Me(IResolveFieldContext ctx) => ctx.Grains().GetGrain<IPersonGrain>(ctx.RequiredCallerId());

    private static IGroupGatheringsGrain Index(IResolveFieldContext ctx, string groupId) =>
        ctx.Grains().GetGrain<IGroupGatheringsGrain>(string.IsNullOrWhiteSpace(groupId) ? "-" : groupId);
}
