using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>
/// What others are told of an entry once a change is stored: the moderation queue, each editor's
/// list of entries and the public directory feed; all told again from what is stored by
/// <see cref="RepairFollowUps"/> (what each is told is decided in <see cref="EntryDecisions"/>).
/// </summary>
public sealed partial class OrganisationGrain
{
    /// <summary>Stores a change the public sees, then puts it on the directory feed.</summary>
    private async Task WritePublic()
    {
        S.Announced = false;
        await state.Write(this);
        await this.Run(logger, "updating the editors' lists of entries",
            () => Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Set(Id, S.Status == EntryStatus.Published))));
        await Announce();
    }

    /// <summary>Tells each editor's list of entries where this one now is.</summary>
    private Task Track()
    {
        if (S.NeverSent && S.Status == EntryStatus.Withdrawn)
            return Forget();
        if (Decide().Listed() is not { } entry)
            return Task.CompletedTask;
        return Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Track(entry)));
    }

    private Task Forget() => Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Forget(Id)));

    /// <summary>The moderation queue, the editors' lists and the feed, told again from what is stored.</summary>
    public async Task RepairFollowUps()
    {
        if (!S.Exists)
            return;
        if (Decide().Queued() is { } item)
            await Queue().Upsert(item);
        else
            await Queue().Remove(Id);
        await Task.WhenAll(S.Editors.Select(e => GrainFactory.GetGrain<IEditorEntriesGrain>(e).Set(Id, S.Status == EntryStatus.Published)));
        await Track();
        if (!S.Announced)
            await Announce();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => this.Repair(logger, reminderName);

    private async Task Announce()
    {
        await GrainFactory.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key).Publish(new DirectoryChange(Id, Decide().Document()));
        S.Announced = true;
    }

    private IModerationQueueGrain Queue() => GrainFactory.GetGrain<IModerationQueueGrain>(IModerationQueueGrain.Key);

    private Task<bool> IsModerator(string? personId) => GrainFactory.IsModerator(personId);

    private Task<string> RequireModerator(string? callerId) => GrainFactory.RequireModerator(callerId, "Only directory moderators can do that.");
}
