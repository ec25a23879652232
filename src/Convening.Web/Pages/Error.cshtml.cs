using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Convening.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Sorry, there is a problem with the service";
    public string Advice { get; private set; } = "Try again later. What you had saved is safe.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        (Heading, Advice) = status switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct. If you followed a link, it may be out of date."),
            403 => ("You cannot see this page", "It belongs to a group you are not a member of. Ask one of its convenors for an invitation."),
            400 => ("Something in that request was not right", "Go back and try again."),
            _ => (Heading, Advice),
        };
        if (status is >= 400 and < 600)
            Response.StatusCode = status.Value;
    }
}
