using Convening.Contracts;
using Convening.Contracts.Gatherings;

namespace Convening.Grains.Gatherings;

[GenerateSerializer, Alias("convening.person-actions-state")]
public sealed class PersonActionsState
{
    [Id(0)] public Dictionary<string, OwnedAction> Actions { get; set; } = [];
}

public sealed class PersonActionsGrain(
    [PersistentState("person-actions", StorageNames.Main)] IPersistentState<PersonActionsState> state)
    : Grain, IPersonActionsGrain
{
    public async Task Upsert(OwnedAction action)
    {
        if (state.State.Actions.TryGetValue(action.ActionId, out var known) && known == action)
            return;
        state.State.Actions[action.ActionId] = action;
        await state.Write(this);
    }

    public async Task Remove(string actionId)
    {
        if (state.State.Actions.Remove(actionId))
            await state.Write(this);
    }

    public Task<IReadOnlyList<OwnedAction>> List(string? callerId)
    {
        if (Caller.Required(callerId) != this.GetPrimaryKeyString())
            throw ConveningException.Forbidden("person.private", "You can only see your own actions.");
        return Task.FromResult<IReadOnlyList<OwnedAction>>(
            [.. state.State.Actions.Values.OrderBy(a => a.Due).ThenBy(a => a.Text, StringComparer.OrdinalIgnoreCase)]);
    }
}
