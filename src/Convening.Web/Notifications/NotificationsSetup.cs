using Convening.Contracts.Notifications;
using Convening.Grains.Notifications;

namespace Convening.Web.Notifications;

public static class NotificationsSetup
{
    /// <summary>The links notification emails carry (public origin, signed unsubscribe) and their timing options.</summary>
    public static IServiceCollection AddConveningNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section)
            .Validate(o => o.Tick > TimeSpan.Zero && o.CoalesceWindow >= TimeSpan.Zero, $"{NotificationOptions.Section}:Tick must be positive and CoalesceWindow not negative.")
            .ValidateOnStart();
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<INoticeLinks, NoticeLinks>();
        return services;
    }
}
