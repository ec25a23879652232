using Convening.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics;
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
        // A storage fault (a full or damaged disk) is the service being unavailable, not a bug.
        if (StorageFaults.Find(HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error) is { } fault)
        {
            StorageFaults.Tell(Response, fault);
            status = StatusCodes.Status503ServiceUnavailable;
        }
        (Heading, Advice) = status switch
        {
            404 => ("Page not found", "If you typed the web address, check it is correct. If you followed a link, it may be out of date."),
            403 => ("You cannot see this page", "It belongs to a group you are not a member of. Ask one of its convenors for an invitation."),
            400 => ("Something in that request was not right", "Go back and try again."),
            405 => ("Page not found", "That form cannot be sent to this page. Go back and try again."),
            503 => ("Sorry, the service is unavailable", "You will be able to use the service again later. Nothing you saved before has been lost."),
            _ => (Heading, Advice),
        };
        if (status is >= 400 and < 600)
            Response.StatusCode = status.Value;
    }
}
