using Convening.Contracts.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Notifications;

/// <summary>The notification centre: newest first, unread marked, each one read by a button that names it.</summary>
public sealed class IndexModel : ConveningPageModel
{
    public NotificationPage Notifications { get; private set; } = new([], 0, false);

    [FromQuery(Name = "after")] public string? After { get; set; }

    public Task<IActionResult> OnGet() => Load(async () => Notifications = await Centre().List(NotificationLimits.PageSize, After, CallerId));

    public Task<IActionResult> OnPostRead(string id) => Attempt(async () =>
    {
        await Centre().MarkRead([id], CallerId);
        return RedirectToPage("/Notifications/Index");
    }, OnGetReload);

    public Task<IActionResult> OnPostReadAll() => Attempt(async () =>
    {
        await Centre().MarkRead(null, CallerId);
        Notify("All your notifications are marked as read");
        return RedirectToPage("/Notifications/Index");
    }, OnGetReload);

    private async Task OnGetReload() => Notifications = await Centre().List(NotificationLimits.PageSize, After, CallerId);

    private INotificationsGrain Centre() => Grains.GetGrain<INotificationsGrain>(CallerId ?? "");
}
