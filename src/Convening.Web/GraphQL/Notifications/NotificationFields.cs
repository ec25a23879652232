using Convening.Contracts;
using Convening.Contracts.Notifications;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Notifications;

public static class NotificationFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<NotificationsType>, NotificationPage>("notifications")
            .Description("Your notifications, newest first; sign-in required.")
            .Argument<IntGraphType>("first", $"How many to return (1 to {NotificationLimits.PageSize}, default 20).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .ResolveAsync(async ctx => await Centre(ctx).List(ctx.GetArgument("first", 20), ctx.GetArgument<string?>("after"), ctx.CallerId()));

        query.Field<NonNullGraphType<NotificationPreferencesType>, IReadOnlyList<NoticePreference>>("notificationPreferences")
            .Description("How you hear of each kind of notification; sign-in required.")
            .ResolveAsync(async ctx => await Centre(ctx).Preferences(ctx.CallerId()));

        mutation.AddMutation<NotificationsType, NotificationPage, MarkNotificationsReadInputType>("markNotificationsRead",
            "Marks some of your notifications read, or all of them; returns the first page and the unread count.",
            async ctx =>
            {
                var input = ctx.Input<MarkNotificationsReadInput>();
                if (!input.All && input.Ids is not { Count: > 0 })
                    throw new ConveningException("notifications.none-chosen", "Give the ids of the notifications to mark read, or all: true.");
                var centre = Centre(ctx);
                await centre.MarkRead(input.All ? null : input.Ids, ctx.CallerId());
                return await centre.List(20, null, ctx.CallerId());
            });

        mutation.AddMutation<NotificationPreferencesType, IReadOnlyList<NoticePreference>, SetNotificationPreferenceInputType>("setNotificationPreference",
            "Chooses how you hear of one kind of notification: at once, in a daily digest, or not by email.",
            ctx => Centre(ctx).SetPreference(ctx.Input<NoticePreference>(), ctx.CallerId()));
    }

    private static INotificationsGrain Centre(IResolveFieldContext ctx) =>
        ctx.Grains().GetGrain<INotificationsGrain>(ctx.RequiredCallerId());
}
