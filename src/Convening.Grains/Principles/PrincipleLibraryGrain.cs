using Convening.Contracts;
using Convening.Contracts.Principles;
using Convening.Grains.Reflections;

namespace Convening.Grains.Principles;

[GenerateSerializer, Alias("convening.principle-library-state")]
public sealed class PrincipleLibraryState
{
    [Id(0)] public List<PrincipleSummary> Principles { get; set; } = [];
}

public sealed class PrincipleLibraryGrain(
    [PersistentState("principle-library", StorageNames.Main)] IPersistentState<PrincipleLibraryState> state)
    : Grain, IPrincipleLibraryGrain
{
    public async Task Upsert(PrincipleSummary principle)
    {
        SummaryPages.Upsert(state.State.Principles, principle, ByPublished);
        await state.Write(this);
    }

    public async Task Remove(string principleId)
    {
        if (state.State.Principles.RemoveAll(p => p.Id == principleId) > 0)
            await state.Write(this);
    }

    public Task<Page<PrincipleSummary>> Search(LibraryQuery query)
    {
        var text = query.Text?.Trim() ?? "";
        var theme = ReflectionRules.Theme(query.Theme);
        var place = string.IsNullOrWhiteSpace(query.PlaceSlug) ? null : query.PlaceSlug.Trim();
        var matching = state.State.Principles
            .Where(p => theme.Length == 0 || p.Themes.Contains(theme))
            .Where(p => place is null || p.PlaceSlug == place)
            .Where(p => text.Length == 0 || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => Mentions(p, word)))
            .ToList();
        return Task.FromResult(SummaryPages.Take(matching, query.First, query.After, ByPublished));
    }

    private static bool Mentions(PrincipleSummary p, string word) =>
        p.Statement.Contains(word, StringComparison.OrdinalIgnoreCase)
        || p.Practice.Contains(word, StringComparison.OrdinalIgnoreCase)
        || p.PlaceName.Contains(word, StringComparison.OrdinalIgnoreCase)
        || p.Themes.Any(t => t.Contains(word, StringComparison.OrdinalIgnoreCase));

    private static (DateTimeOffset, string) ByPublished(PrincipleSummary p) => (p.PublishedAt, p.Id);
}

[GenerateSerializer, Alias("convening.principle-follows-state")]
public sealed class PrincipleFollowsState
{
    [Id(0)] public List<string> PrincipleIds { get; set; } = [];
}

public sealed class PrincipleFollowsGrain(
    [PersistentState("principle-follows", StorageNames.Main)] IPersistentState<PrincipleFollowsState> state)
    : Grain, IPrincipleFollowsGrain
{
    public async Task Set(string principleId, bool follow)
    {
        var ids = state.State.PrincipleIds;
        if (follow == ids.Contains(principleId))
            return;
        if (follow)
            ids.Add(principleId);
        else
            ids.Remove(principleId);
        await state.Write(this);
    }

    public Task<IReadOnlyList<string>> List(string? callerId)
    {
        if (Caller.Required(callerId) != this.GetPrimaryKeyString())
            throw ConveningException.Forbidden("principle.follows-owner-only", "Only you can see which principles you follow.");
        return Task.FromResult<IReadOnlyList<string>>([.. state.State.PrincipleIds]);
    }
}
