using Convening.Contracts.Notifications;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.Notifications;

public sealed class NoticeKindType() : DescribedEnumType<NoticeKind>(
    "What a notification is about: ACTIONS given to you or due, MENTIONS of you, GATHERINGS you are invited to, your DIRECTORY entries (and, for moderators, entries waiting), SIGNALS on your groups' measures.", "NotificationKind");

public sealed class DeliveryType() : DescribedEnumType<Delivery>(
    "How you hear of a kind: AT_ONCE by email, in a daily DIGEST email, or OFF (no email; still in your notifications).", "NotificationDelivery");
