using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Web.Gatherings;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.Gatherings;
using Convening.Web.GraphQL.Groups;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

public sealed class PersonType : ObjectGraphType<PersonView>
{
    public PersonType()
    {
        Name = "Person";
        Description = "You: your profile, your groups and the invitations waiting for you.";
        Field(x => x.Id).Description("Your id.");
        Field<NonNullGraphType<PersonCardType>, PersonCard>("profile").Description("Your profile as your groups see it.").Resolve(ctx => ctx.Source.Card);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MembershipType>>>, IReadOnlyList<Membership>>("groups")
            .Description("The groups you belong to, with your role in each.")
            .Resolve(ctx => ctx.Source.Memberships);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InvitationType>>>, IReadOnlyList<Invitation>>("invitations")
            .Description("Invitations sent to your email address that you have not answered.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IInvitationInboxGrain>(ctx.Source.Card.Email).List());
        Field(x => x.JoinedAt).Description("When you signed up.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnedActionType>>>, IReadOnlyList<OwnedAction>>("actions")
            .Description("Actions you own that are not done yet, soonest due first, from the groups you are still in.")
            .ResolveAsync(async ctx => OwnedActions.InCurrentGroups(ctx.Source, await ctx.Grains().GetGrain<IPersonActionsGrain>(ctx.Source.Id).List(ctx.CallerId())));
        Field<StringGraphType, string?>("calendarFeedUrl")
            .Description("Your private calendar feed (iCalendar) of all your groups' gatherings, for calendar apps to subscribe to; null until you make one with resetCalendarFeed.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<ICalendarFeedGrain>(ctx.Source.Id).GetToken(ctx.CallerId()) is { } token
                ? CalendarLinks.Absolute(ctx, CalendarEndpoints.FeedPath(token))
                : null);
    }
}

public sealed class MembershipType : ObjectGraphType<Membership>
{
    public MembershipType()
    {
        Name = "Membership";
        Description = "Your place in one group.";
        Field(x => x.GroupId).Description("The group's id.");
        Field(x => x.GroupName).Description("The group's name.");
        Field(x => x.PlaceSlug).Description("The place it is convened in.");
        Field<NonNullGraphType<GroupRoleType>, GroupRole>("role").Description("Your role.").Resolve(ctx => ctx.Source.Role);
    }
}
