using Convening.Contracts.Notifications;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Notifications;

public sealed class NoticeKindType : EnumerationGraphType<NoticeKind>
{
    public NoticeKindType()
    {
        Name = "NotificationKind";
        Description = "What a notification is about: ACTIONS given to you or due, MENTIONS of you, GATHERINGS you are invited to, your DIRECTORY entries (and, for moderators, entries waiting), SIGNALS on your groups' measures.";
    }
}

public sealed class DeliveryType : EnumerationGraphType<Delivery>
{
    public DeliveryType()
    {
        Name = "NotificationDelivery";
        Description = "How you hear of a kind: AT_ONCE by email, in a daily DIGEST email, or OFF (no email; still in your notifications).";
    }
}
