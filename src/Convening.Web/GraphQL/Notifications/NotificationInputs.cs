using Convening.Contracts.Notifications;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Notifications;

/// <summary>Some of your notifications by id, or all of them.</summary>
public sealed record MarkNotificationsReadInput(IReadOnlyList<string>? Ids, bool All);

public sealed class MarkNotificationsReadInputType : CommandInputType<MarkNotificationsReadInput>
{
    public MarkNotificationsReadInputType() : base("MarkNotificationsReadInput", "Which of your notifications to mark read: some by id, or all.")
    {
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("The notifications to mark read (at most 50).");
        Field<BooleanGraphType>("all").Description("True to mark every notification read.");
    }
}

public sealed class SetNotificationPreferenceInputType : CommandInputType<NoticePreference>
{
    public SetNotificationPreferenceInputType() : base("SetNotificationPreferenceInput", "How you want to hear of one kind of notification.")
    {
        Field<NonNullGraphType<NoticeKindType>>("kind").Description("The kind of notification.");
        Field<NonNullGraphType<DeliveryType>>("delivery").Description("AT_ONCE, DIGEST or OFF.");
    }
}
