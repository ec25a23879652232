using Convening.Contracts.Notifications;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Hubs;

/// <summary>
/// The header's live unread count. A connection hears only about the person it signed in as: it is
/// put in that person's own SignalR group on connecting, and no method takes another person's id.
/// </summary>
[Authorize(AuthenticationSchemes = IdentitySetup.Combined)]
public sealed class NotificationHub(IGrainFactory grains, NotificationWatchers watchers) : Hub<INotificationClient>
{
    public static string GroupName(string personId) => "notifications:" + personId;

    public override async Task OnConnectedAsync()
    {
        var person = Person();
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(person));
        await watchers.Join(Context.ConnectionId, person);
        await base.OnConnectedAsync();
    }

    /// <summary>The caller's unread count now (a page asks once on connecting, then is told of changes).</summary>
    public Task<int> Unread()
    {
        var person = Person();
        return grains.GetGrain<INotificationsGrain>(person).Unread(person);
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        watchers.Leave(Context.ConnectionId);
        await base.OnDisconnectedAsync(exception);
    }

    private string Person() => Context.User!.PersonId() ?? throw new HubException("auth.required: Sign in to see your notifications.");
}
