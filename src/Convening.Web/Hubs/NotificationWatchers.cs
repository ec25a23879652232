using Convening.Contracts.Notifications;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Hubs;

/// <summary>
/// This web host's watch on the unread counts of the people connected to it: one observer per
/// host, subscribed to a person's notifications grain while they have a connection here, renewed
/// before the grain forgets it; each change goes to that person's SignalR group only.
/// </summary>
public sealed class NotificationWatchers(IGrainFactory grains, IHubContext<NotificationHub, INotificationClient> hub, ILogger<NotificationWatchers> log)
    : INotificationObserver, IHostedService
{
    private readonly Dictionary<string, string> _connections = [];
    private readonly Dictionary<string, int> _people = [];
    private INotificationObserver? _reference;
    private PeriodicTimer? _renewal;

    public async Task Join(string connectionId, string personId)
    {
        bool first;
        lock (_connections)
        {
            if (!_connections.TryAdd(connectionId, personId))
                return;
            first = (_people[personId] = _people.GetValueOrDefault(personId) + 1) == 1;
        }
        if (first)
            await grains.GetGrain<INotificationsGrain>(personId).Watch(Reference());
    }

    public void Leave(string connectionId)
    {
        string? person;
        bool last = false;
        lock (_connections)
        {
            if (!_connections.Remove(connectionId, out person))
                return;
            if (--_people[person] == 0)
            {
                _people.Remove(person);
                last = true;
            }
        }
        if (last)
            _ = grains.GetGrain<INotificationsGrain>(person).Unwatch(Reference());
    }

    public Task UnreadChanged(string personId, int unread) =>
        hub.Clients.Group(NotificationHub.GroupName(personId)).Unread(unread);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _renewal = new PeriodicTimer(NotificationLimits.ObserverLifetime / 3);
        _ = Renew();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _renewal?.Dispose();
        return Task.CompletedTask;
    }

    private async Task Renew()
    {
        while (await _renewal!.WaitForNextTickAsync())
        {
            string[] people;
            lock (_connections)
                people = [.. _people.Keys];
            foreach (var person in people)
            {
                try
                {
                    await grains.GetGrain<INotificationsGrain>(person).Watch(Reference());
                }
                catch (Exception e) when (e is TimeoutException or OrleansException)
                {
                    log.LogWarning(e, "Could not renew the watch on a person's notifications; retrying next round");
                }
            }
        }
    }

    private INotificationObserver Reference() => _reference ??= grains.CreateObjectReference<INotificationObserver>(this);
}
