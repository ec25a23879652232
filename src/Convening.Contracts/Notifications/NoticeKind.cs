namespace Convening.Contracts.Notifications;

/// <summary>What a notification is about; each person chooses per kind how they hear of it.</summary>
public enum NoticeKind
{
    /// <summary>An action was given to you, or is due soon.</summary>
    Actions = 0,

    /// <summary>Someone wrote @your-name in a card, comment or gathering notes.</summary>
    Mentions = 1,

    /// <summary>A gathering you are invited to: the invitation, changes, cancellation, a reminder to reply.</summary>
    Gatherings = 2,

    /// <summary>Your directory entry was published or sent back; for moderators, entries waiting.</summary>
    Directory = 3,

    /// <summary>A new special-cause signal on one of your group's measures.</summary>
    Signals = 4,
}

/// <summary>How a person hears of one kind of notification.</summary>
public enum Delivery
{
    /// <summary>An email straight away (and in the notification centre).</summary>
    AtOnce = 0,

    /// <summary>One email a day gathering everything of the kind (and in the notification centre).</summary>
    Digest = 1,

    /// <summary>No email; still listed in the notification centre.</summary>
    Off = 2,
}

public static class NoticeKinds
{
    public static readonly IReadOnlyList<NoticeKind> All = Enum.GetValues<NoticeKind>();

    /// <summary>The kind as people read it ("Mentions of you"), for pages and emails.</summary>
    public static string Label(this NoticeKind kind) => kind switch
    {
        NoticeKind.Actions => "Actions given to you",
        NoticeKind.Mentions => "Mentions of you",
        NoticeKind.Gatherings => "Gatherings you are invited to",
        NoticeKind.Directory => "Directory entries",
        NoticeKind.Signals => "Signals on your groups' measures",
        _ => kind.ToString(),
    };

    /// <summary>What a person starts with: everything at once, except signals, which come in the daily digest.</summary>
    public static Delivery Default(this NoticeKind kind) => kind == NoticeKind.Signals ? Delivery.Digest : Delivery.AtOnce;
}
