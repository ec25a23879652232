using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace Convening.Web.Mail;

/// <summary>The "Convening:Mail" section: which mail service to use and how patiently to retry it.</summary>
public sealed class MailOptions : IValidatableObject
{
    public const string Section = "Convening:Mail";

    /// <summary>The sender, e.g. "Convening &lt;no-reply@convening.example.org&gt;".</summary>
    [Required] public string From { get; set; } = "Convening <no-reply@convening.invalid>";

    /// <summary>SMTP relay for self-hosting; used when Host is set.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>GOV.UK Notify for production; used when ApiKey is set.</summary>
    public NotifySettings Notify { get; set; } = new();

    /// <summary>The first wait after a failed send; each further failure doubles it.</summary>
    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between tries; mail is retried until it is delivered.</summary>
    public TimeSpan LongestRetry { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often each silo looks for mail that is due (new mail is sent at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
    public bool UsesNotify => !string.IsNullOrWhiteSpace(Notify.ApiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out _))
            yield return new ValidationResult($"{Section}:From '{From}' is not an email address such as 'Convening <no-reply@example.org>'.");
        if (UsesSmtp && UsesNotify)
            yield return new ValidationResult($"Both {Section}:Smtp:Host and {Section}:Notify:ApiKey are set; choose one mail service.");
        if (UsesSmtp && Smtp.Port is < 1 or > 65535)
            yield return new ValidationResult($"{Section}:Smtp:Port must be between 1 and 65535.");
        if (UsesNotify && string.IsNullOrWhiteSpace(Notify.TemplateId))
            yield return new ValidationResult($"{Section}:Notify:TemplateId is needed: a Notify email template whose subject is ((subject)) and body ((body)).");
        if (FirstRetry <= TimeSpan.Zero || LongestRetry < FirstRetry)
            yield return new ValidationResult($"{Section}:FirstRetry must be positive and no longer than LongestRetry.");
        if (PollInterval <= TimeSpan.Zero)
            yield return new ValidationResult($"{Section}:PollInterval must be positive.");
    }
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    /// <summary>"Auto" (STARTTLS when offered), "StartTls", "SslOnConnect" or "None".</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.Auto;
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

public sealed class NotifySettings
{
    public string? ApiKey { get; set; }
    /// <summary>A Notify email template with the placeholders ((subject)) and ((body)).</summary>
    public string? TemplateId { get; set; }
}
