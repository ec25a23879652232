using Convening.Contracts;
using Convening.Contracts.Directory;

namespace Convening.Grains.Directory;

[GenerateSerializer, Alias("convening.moderation-queue-state")]
public sealed class ModerationQueueState
{
    [Id(0)] public List<ModerationItem> Items { get; set; } = [];
}

/// <summary>Entries waiting for review, oldest first.</summary>
public sealed class ModerationQueueGrain(
    [PersistentState("moderation-queue", StorageNames.Main)] IPersistentState<ModerationQueueState> state)
    : Grain, IModerationQueueGrain
{
    private List<ModerationItem> Items => state.State.Items;

    public async Task Upsert(ModerationItem item)
    {
        Items.RemoveAll(i => i.Id == item.Id);
        if (Items.Count >= DirectoryLimits.ModerationQueueSize)
            throw ConveningException.Conflict("moderation.queue-full", "Too many entries are waiting for review; please try again later.");
        Items.Add(item);
        Items.Sort((a, b) => string.CompareOrdinal(Key(a), Key(b)));
        await state.WriteStateAsync();
    }

    public async Task Remove(string id)
    {
        if (Items.RemoveAll(i => i.Id == id) > 0)
            await state.WriteStateAsync();
    }

    public async Task<Page<ModerationItem>> List(int first, string? after, string? callerId)
    {
        await GrainFactory.RequireModerator(callerId, "Only directory moderators can see the moderation queue.");
        return Paging.After(Items, Key, first, after);
    }

    private static string Key(ModerationItem item) => $"{item.SubmittedAt.UtcTicks:D20}/{item.Id}";
}
