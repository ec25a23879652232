using Microsoft.Extensions.Options;

namespace Convening.Web.Mail;

public static class MailSetup
{
    /// <summary>
    /// The mail service chosen by "Convening:Mail" (SMTP, GOV.UK Notify, or the outbox folder when
    /// neither is set), the durable <see cref="MailQueue"/> features call, and the delivery loop.
    /// </summary>
    public static IServiceCollection AddConveningMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<FolderEmailSender>();
        services.AddSingleton<IEmailSender>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            return options.UsesSmtp ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp)
                : options.UsesNotify ? ActivatorUtilities.CreateInstance<NotifyEmailSender>(sp)
                : sp.GetRequiredService<FolderEmailSender>();
        });
        services.AddSingleton<MailDelivery>();
        services.AddHostedService(sp => sp.GetRequiredService<MailDelivery>());
        services.AddSingleton<MailQueue>();
        return services;
    }
}
