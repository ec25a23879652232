namespace Convening.Grains;

/// <summary>
/// A grain changes its state in memory, then writes it. When the write fails, what was changed in
/// memory (an added action, a remembered request id) must never be shown or acknowledged later, so
/// the activation is dropped as soon as it is idle and the next call reloads what is durable.
/// </summary>
public static class Durably
{
    public static async Task Write<T>(this IPersistentState<T> state, Grain grain)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            ((IGrainBase)grain).DeactivateOnIdle();
            throw;
        }
    }
}
