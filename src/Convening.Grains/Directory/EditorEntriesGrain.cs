using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory;

[GenerateSerializer, Alias("convening.editor-entries-state")]
public sealed class EditorEntriesState
{
    [Id(0)] public HashSet<string> Published { get; set; } = [];

    /// <summary>Every entry the person edits, as its grain last told: what their "your entries" page lists.</summary>
    [Id(1)] public Dictionary<string, EditorEntry> Entries { get; set; } = [];
}

/// <summary>The entries one person edits (keyed by person id); only that person may list them.</summary>
public sealed class EditorEntriesGrain(
    [PersistentState("editor-entries", StorageNames.Main)] IPersistentState<EditorEntriesState> state)
    : Grain, IEditorEntriesGrain
{
    public async Task Set(string entryId, bool published)
    {
        var changed = published ? state.State.Published.Add(entryId) : state.State.Published.Remove(entryId);
        if (changed)
            await state.Write(this);
    }

    public Task<bool> EditsPublishedEntryOtherThan(string entryId) =>
        Task.FromResult(state.State.Published.Any(id => id != entryId));

    public async Task Track(EditorEntry entry)
    {
        if (state.State.Entries.TryGetValue(entry.Id, out var known) && known == entry)
            return;
        state.State.Entries[entry.Id] = entry;
        await state.Write(this);
    }

    public async Task Forget(string entryId)
    {
        if (state.State.Entries.Remove(entryId))
            await state.Write(this);
    }

    public Task<IReadOnlyList<EditorEntry>> List(string? callerId)
    {
        if (Caller.Required(callerId) != this.GetPrimaryKeyString())
            throw ConveningException.Forbidden("directory.not-your-entries", "You can only see the entries you edit.");
        return Task.FromResult<IReadOnlyList<EditorEntry>>([.. state.State.Entries.Values.OrderByDescending(e => e.UpdatedAt).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)]);
    }
}
