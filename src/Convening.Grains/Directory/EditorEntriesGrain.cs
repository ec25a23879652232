using Convening.Contracts;
using Convening.Contracts.Directory;

namespace Convening.Grains.Directory;

[GenerateSerializer, Alias("convening.editor-entries-state")]
public sealed class EditorEntriesState
{
    [Id(0)] public HashSet<string> Published { get; set; } = [];
}

public sealed class EditorEntriesGrain(
    [PersistentState("editor-entries", StorageNames.Main)] IPersistentState<EditorEntriesState> state)
    : Grain, IEditorEntriesGrain
{
    public async Task Set(string entryId, bool published)
    {
        var changed = published ? state.State.Published.Add(entryId) : state.State.Published.Remove(entryId);
        if (changed)
            await state.WriteStateAsync();
    }

    public Task<bool> EditsPublishedEntryOtherThan(string entryId) =>
        Task.FromResult(state.State.Published.Any(id => id != entryId));
}
