namespace Convening.Web.Hubs;

/// <summary>What a signed-in person's open pages are sent about their own notifications.</summary>
public interface INotificationClient
{
    /// <summary>How many of their notifications are unread now.</summary>
    Task Unread(int count);
}
