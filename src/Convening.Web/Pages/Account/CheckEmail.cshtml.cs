namespace Convening.Web.Pages.Account;

public sealed class CheckEmailModel(IWebHostEnvironment environment) : ConveningPageModel
{
    /// <summary>In Development with no mail service, the outbox page shows the message.</summary>
    public bool ShowOutbox => environment.IsDevelopment();

    public void OnGet()
    {
    }
}
