using Convening.Contracts.Notifications;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Notifications;

/// <summary>How a person hears of each kind: at once, in a daily digest, or not by email.</summary>
public sealed class PreferencesModel : ConveningPageModel
{
    public static readonly IReadOnlyList<Choice> Choices =
    [
        new(nameof(Delivery.AtOnce), "Email me at once"),
        new(nameof(Delivery.Digest), "Email me once a day, in a summary"),
        new(nameof(Delivery.Off), "Do not email me", "You will still see them in your notifications."),
    ];

    public IReadOnlyList<NoticePreference> Current { get; private set; } = [];

    public static string FieldName(NoticeKind kind) => kind.ToString().ToLowerInvariant();

    public Task<IActionResult> OnGet() => Load(Reload);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var centre = Centre();
        foreach (var kind in NoticeKinds.All)
            if (Enum.TryParse<Delivery>(Request.Form[FieldName(kind)], out var delivery) && Enum.IsDefined(delivery))
                await centre.SetPreference(new NoticePreference(kind, delivery), CallerId);
        Notify("Your email choices are saved");
        return RedirectToPage("/Notifications/Preferences");
    }, Reload);

    private async Task Reload() => Current = await Centre().Preferences(CallerId);

    private INotificationsGrain Centre() => Grains.GetGrain<INotificationsGrain>(CallerId ?? "");
}
