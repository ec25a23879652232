using static Convening.Web.Tests.MatrixActions;

namespace Convening.Web.Tests.Notifications;

/// <summary>
/// The notification mutations and page forms in the authorisation matrix: every signed-in person
/// acts on their own notifications (so each role may), the signed-out public on none.
/// </summary>
public static class NotificationMatrixActions
{
    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["markNotificationsRead"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var reply = await f.Api(who).Post("mutation { markNotificationsRead(input: { all: true }) { notifications { unreadCount } } }");
            return new(reply, async () => who is not null && await Unread(f, who) == 0);
        }),
        ["setNotificationPreference"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var reply = await f.Api(who).Post("mutation { setNotificationPreference(input: { kind: SIGNALS, delivery: OFF }) { notificationPreferences { choices { kind } } } }");
            return new(reply, async () => who is not null && await Choice(f, who, "SIGNALS") == "OFF");
        }),
        ["notificationsReadAllPage"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var reply = await f.Page(who, "/notifications?handler=ReadAll");
            return new(reply, async () => who is not null && await Unread(f, who) == 0);
        }),
        ["notificationPreferencesPage"] = new(Allowed.SignedIn, async (f, who) =>
        {
            var reply = await f.Page(who, "/notifications/preferences", ("directory", "Off"));
            return new(reply, async () => who is not null && await Choice(f, who, "DIRECTORY") == "OFF");
        }),
    };

    private static async Task<int> Unread(AuthorizationMatrixFixture f, Person who) =>
        (await f.Api(who).Post("{ notifications { unreadCount } }")).ShouldSucceed().Data!["notifications"]!["unreadCount"]!.GetValue<int>();

    private static async Task<string> Choice(AuthorizationMatrixFixture f, Person who, string kind) =>
        (await f.Api(who).Post("{ notificationPreferences { choices { kind delivery } } }")).ShouldSucceed()
            .Data!["notificationPreferences"]!["choices"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == kind)!["delivery"]!.GetValue<string>();
}
