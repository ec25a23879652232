using Convening.Contracts.Notifications;
using Convening.Web.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Notifications;

/// <summary>
/// One-click unsubscribe (RFC 8058): the link in every email's List-Unsubscribe header. A mail app
/// POSTs to it without cookies, so the signed token is the authority, not a session and not an
/// antiforgery token; a person following the link gets a page that asks first (GET never changes
/// anything). A token that was altered is refused with a page that says what to do instead.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(UnsubscribeTokens tokens) : ConveningPageModel
{
    [FromQuery(Name = "token")] public string? Token { get; set; }

    public NoticeKind? Kind { get; private set; }

    public bool Done { get; private set; }

    public IActionResult OnGet()
    {
        if (tokens.Read(Token) is not { } read)
            return Refused();
        Kind = read.Kind;
        return Page();
    }

    public async Task<IActionResult> OnPost()
    {
        if (tokens.Read(Token) is not { } read)
            return Refused();
        await Grains.GetGrain<INotificationsGrain>(read.PersonId).Unsubscribe(read.Kind);
        (Kind, Done) = (read.Kind, true);
        return Page();
    }

    private IActionResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
