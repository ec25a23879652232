using Convening.Contracts.Notifications;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Notifications;

public sealed class NotificationType : ObjectGraphType<NotificationView>
{
    public NotificationType()
    {
        Name = "Notification";
        Description = "Something you were told: a short line, and a link to the thing it is about.";
        Field<NonNullGraphType<IdGraphType>, string>("id").Description("Identifies the notification among yours (to mark it read).").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<NoticeKindType>, NoticeKind>("kind").Description("What it is about; your email choices are per kind.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Title).Description("What happened, in one line.");
        Field(x => x.Path).Description("Where on the site the thing is (a path such as /gatherings/…).");
        Field(x => x.At).Description("When you were told.");
        Field(x => x.Read).Description("Whether you have marked it read.");
    }
}

/// <summary>A page of the caller's notifications; named Notifications so its payload field is "notifications".</summary>
public sealed class NotificationsType : ObjectGraphType<NotificationPage>
{
    public NotificationsType()
    {
        Name = "NotificationConnection";
        Description = "One page of your notifications, newest first, with how many are unread in all.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationType>>>, IReadOnlyList<NotificationView>>("nodes")
            .Description("The notifications on this page.").Resolve(ctx => ctx.Source.Items);
        Field<StringGraphType, string?>("endCursor").Description("Pass as 'after' to get the next page.")
            .Resolve(ctx => ctx.Source.Items.Count > 0 ? ctx.Source.Items[^1].Id : null);
        Field<NonNullGraphType<BooleanGraphType>, bool>("hasNextPage").Description("Whether there are older notifications after this page.").Resolve(ctx => ctx.Source.HasMore);
        Field<NonNullGraphType<IntGraphType>, int>("unreadCount").Description("How many of all your notifications are unread.").Resolve(ctx => ctx.Source.Unread);
    }
}

public sealed class NotificationPreferenceType : ObjectGraphType<NoticePreference>
{
    public NotificationPreferenceType()
    {
        Name = "NotificationPreference";
        Description = "How you hear of one kind of notification.";
        Field<NonNullGraphType<NoticeKindType>, NoticeKind>("kind").Description("The kind.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DeliveryType>, Delivery>("delivery").Description("At once, in the daily digest, or off.").Resolve(ctx => ctx.Source.Delivery);
    }
}

/// <summary>All the caller's choices; named so that its payload field is "notificationPreferences".</summary>
public sealed class NotificationPreferencesType : ObjectGraphType<IReadOnlyList<NoticePreference>>
{
    public NotificationPreferencesType()
    {
        Name = "NotificationPreferences";
        Description = "Your email choices, one per kind of notification.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NotificationPreferenceType>>>, IReadOnlyList<NoticePreference>>("choices")
            .Description("One choice per kind.").Resolve(ctx => ctx.Source);
    }
}
