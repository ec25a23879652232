using GraphQL.Types;

namespace Convening.Web.GraphQL.Notifications;

public sealed class MarkReadInput
{
    public List<string>? Ids { get; set; }
    public bool All { get; set; }
    public string? ClientMutationId { get; set; }
}

public sealed class MarkNotificationsReadInputType : InputObjectGraphType<MarkReadInput>
{
    public MarkNotificationsReadInputType()
    {
        Name = "MarkNotificationsReadInput";
        Description = "Which of your notifications to mark read: some by id, or all.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("ids").Description("The notifications to mark read (at most 50).");
        Field<BooleanGraphType>("all").Description("True to mark every notification read.");
    }
}

public sealed class PreferenceInput
{
    public Convening.Contracts.Notifications.NoticeKind Kind { get; set; }
    public Convening.Contracts.Notifications.Delivery Delivery { get; set; }
    public string? ClientMutationId { get; set; }
}

public sealed class SetNotificationPreferenceInputType : InputObjectGraphType<PreferenceInput>
{
    public SetNotificationPreferenceInputType()
    {
        Name = "SetNotificationPreferenceInput";
        Description = "How you want to hear of one kind of notification.";
        Field<NonNullGraphType<NoticeKindType>>("kind").Description("The kind of notification.");
        Field<NonNullGraphType<DeliveryType>>("delivery").Description("AT_ONCE, DIGEST or OFF.");
    }
}
