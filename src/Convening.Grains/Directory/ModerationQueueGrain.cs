using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Grains.Notifications;
using Microsoft.Extensions.Options;

namespace Convening.Grains.OrganisationDirectory;

[GenerateSerializer, Alias("convening.moderation-queue-state")]
public sealed class ModerationQueueState
{
    [Id(0)] public List<ModerationItem> Items { get; set; } = [];

    /// <summary>The day (UTC) the moderators were last told that entries wait.</summary>
    [Id(1)] public DateOnly? LastNote { get; set; }
}

/// <summary>Entries waiting for review, oldest first; while any wait, a reminder tells the moderators once a day.</summary>
public sealed partial class ModerationQueueGrain(
    [PersistentState("moderation-queue", StorageNames.Main)] IPersistentState<ModerationQueueState> state,
    GrainClock clock,
    IOptions<NotificationOptions> notifications)
    : Grain, IModerationQueueGrain, IRemindable
{
    private List<ModerationItem> Items => state.State.Items;

    public async Task Upsert(ModerationItem item)
    {
        Items.RemoveAll(i => i.Id == item.Id);
        if (Items.Count >= DirectoryLimits.ModerationQueueSize)
            throw ConveningException.Conflict("moderation.queue-full", "Too many entries are waiting for review; please try again later.");
        Items.Add(item);
        Items.Sort((a, b) => string.CompareOrdinal(Key(a), Key(b)));
        await state.Write(this);
        await KeepReminder();
    }

    public async Task Remove(string id)
    {
        if (Items.RemoveAll(i => i.Id == id) > 0)
            await state.Write(this);
        await KeepReminder();
    }

    public async Task<Page<ModerationItem>> List(int first, string? after, string? callerId)
    {
        await GrainFactory.RequireModerator(callerId, "Only directory moderators can see the moderation queue.");
        return Paging.After(Items, Key, first, after);
    }

    private static string Key(ModerationItem item) => $"{item.SubmittedAt.UtcTicks:D20}/{item.Id}";
}
