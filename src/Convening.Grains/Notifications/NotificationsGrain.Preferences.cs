using Convening.Contracts;
using Convening.Contracts.Notifications;

namespace Convening.Grains.Notifications;

/// <summary>Each person chooses, per kind, at once, a daily digest, or no email.</summary>
public sealed partial class NotificationsGrain
{
    public Task<IReadOnlyList<NoticePreference>> Preferences(string? callerId)
    {
        Own(callerId);
        return Task.FromResult(Current());
    }

    public async Task<IReadOnlyList<NoticePreference>> SetPreference(NoticePreference preference, string? callerId)
    {
        Own(callerId);
        if (!Enum.IsDefined(preference.Kind) || !Enum.IsDefined(preference.Delivery))
            throw new ConveningException("notifications.unknown-choice", "Choose a kind of notification and how to hear of it.");
        await Set(preference.Kind, preference.Delivery);
        return Current();
    }

    public Task Unsubscribe(NoticeKind kind) =>
        Enum.IsDefined(kind) ? Set(kind, Delivery.Off) : throw new ConveningException("notifications.unknown-choice", "That is not a kind of notification.");

    private async Task Set(NoticeKind kind, Delivery delivery)
    {
        if (DeliveryOf(kind) == delivery)
            return;
        S.Preferences[kind] = delivery;
        // Turning a kind off (or to at once) empties what waited for it: nothing more is sent of it by the old choice.
        if (delivery != Delivery.Digest)
        {
            var waiting = S.Digest.Where(n => n.Kind == kind).ToList();
            S.Digest.RemoveAll(n => n.Kind == kind);
            if (delivery == Delivery.AtOnce)
                S.Held.AddRange(waiting);
        }
        if (delivery == Delivery.Off)
            S.Held.RemoveAll(n => n.Kind == kind);
        if (S.Digest.Count == 0)
            S.DigestDue = null;
        await state.Write(this);
        await KeepReminder();
    }

    private IReadOnlyList<NoticePreference> Current() => [.. NoticeKinds.All.Select(k => new NoticePreference(k, DeliveryOf(k)))];
}
