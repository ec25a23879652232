using Convening.Contracts;
using Convening.Contracts.Reflections;

namespace Convening.Grains.Reflections;

[GenerateSerializer, Alias("convening.journal-state")]
public sealed class JournalState
{
    [Id(0)] public List<ReflectionSummary> Entries { get; set; } = [];
}

public sealed class JournalGrain(
    [PersistentState("journal", StorageNames.Main)] IPersistentState<JournalState> state)
    : Grain, IJournalGrain
{
    private string OwnerId => this.GetPrimaryKeyString();

    public Task<Page<ReflectionSummary>> List(JournalQuery query, string? callerId)
    {
        RequireOwner(callerId);
        var theme = ReflectionRules.Theme(query.Theme);
        var text = query.Text?.Trim() ?? "";
        var matching = state.State.Entries
            .Where(e => theme.Length == 0 || e.Themes.Contains(theme))
            .Where(e => text.Length == 0 || Matches(e, text))
            .ToList();
        return Task.FromResult(SummaryPages.Take(matching, query.First, query.After, ByUpdate));
    }

    /// <summary>
    /// Only ids: the export then asks each entry for itself, so the reflection grain stays the one
    /// judge of access. The journal does not read its entries itself because an entry calls its
    /// journal while saving, and two grains waiting on each other would deadlock.
    /// </summary>
    public Task<IReadOnlyList<string>> Ids(string? callerId)
    {
        RequireOwner(callerId);
        return Task.FromResult<IReadOnlyList<string>>([.. state.State.Entries.Select(e => e.Id)]);
    }

    public Task Reserve(string reflectionId)
    {
        if (state.State.Entries.Count >= Limits.JournalEntries && state.State.Entries.All(e => e.Id != reflectionId))
            throw new ConveningException("journal.full", $"A journal holds at most {Limits.JournalEntries:N0} entries. Export and delete some first.");
        return Task.CompletedTask;
    }

    public async Task Upsert(ReflectionSummary summary)
    {
        SummaryPages.Upsert(state.State.Entries, summary, ByUpdate);
        await state.Write(this);
    }

    public async Task Remove(string reflectionId)
    {
        if (state.State.Entries.RemoveAll(e => e.Id == reflectionId) > 0)
            await state.Write(this);
    }

    private static bool Matches(ReflectionSummary e, string text) =>
        e.Title.Contains(text, StringComparison.OrdinalIgnoreCase)
        || e.Excerpt.Contains(text, StringComparison.OrdinalIgnoreCase)
        || e.Themes.Any(t => t.Contains(text, StringComparison.OrdinalIgnoreCase));

    private void RequireOwner(string? callerId)
    {
        if (Caller.Required(callerId) != OwnerId)
            throw ConveningException.Forbidden("journal.owner-only", "A journal is private to the person who keeps it.");
    }

    private static (DateTimeOffset, string) ByUpdate(ReflectionSummary s) => (s.UpdatedAt, s.Id);
}
