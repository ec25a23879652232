using Convening.Contracts;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;

namespace Convening.Grains.Reflections;

[GenerateSerializer, Alias("convening.reflection-index-state")]
public sealed class ReflectionIndexState
{
    [Id(0)] public List<ReflectionSummary> Entries { get; set; } = [];
}

public sealed class ReflectionIndexGrain(
    [PersistentState("reflection-index", StorageNames.Main)] IPersistentState<ReflectionIndexState> state)
    : Grain, IReflectionIndexGrain
{
    private string Audience => this.GetPrimaryKeyString();

    public async Task<Page<ReflectionSummary>> List(int first, string? after, string? theme, string? callerId)
    {
        await RequireAudience(callerId);
        var wanted = ReflectionRules.Theme(theme);
        var listable = ReflectionAccess.Split(Audience).Kind == "group" ? ReflectionVisibility.Group : ReflectionVisibility.Place;
        var matching = (await Counted())
            .Where(e => e.Visibility == listable && (wanted.Length == 0 || e.Themes.Contains(wanted)))
            .ToList();
        return SummaryPages.Take(matching, first, after, ByUpdate);
    }

    public async Task<ThemesView> Themes(string? callerId)
    {
        await RequireAudience(callerId);
        // A place spans groups: a small theme's name could carry one group's material to another.
        return ThemeCounter.Count(await Counted(), leaveOutSmall: ReflectionAccess.Split(Audience).Kind == "place");
    }

    /// <summary>
    /// At place level, entries shared with a group the stewards have not approved (waiting or
    /// declined) count for nothing: decided as the index is read, so an approval brings them in.
    /// </summary>
    private async Task<List<ReflectionSummary>> Counted()
    {
        var (kind, key) = ReflectionAccess.Split(Audience);
        if (kind != "place" || state.State.Entries.Count == 0)
            return state.State.Entries;
        var place = await GrainFactory.GetGrain<IPlaceGrain>(key).Get();
        return [.. state.State.Entries.Where(e => AccessPolicy.CountsInPlace(place, e.GroupId))];
    }

    public async Task Upsert(ReflectionSummary summary)
    {
        // Defence in depth: the reflection grain never sends a private entry, and this never keeps one.
        if (summary.Visibility == ReflectionVisibility.Private)
        {
            await Remove(summary.Id);
            return;
        }
        SummaryPages.Upsert(state.State.Entries, summary, ByUpdate);
        await state.Write(this);
    }

    public async Task Remove(string reflectionId)
    {
        if (state.State.Entries.RemoveAll(e => e.Id == reflectionId) > 0)
            await state.Write(this);
    }

    private async Task RequireAudience(string? callerId)
    {
        Caller.Required(callerId);
        if (!await ReflectionAccess.InAudience(GrainFactory, Audience, callerId))
            throw ConveningException.Forbidden("reflection.audience-only", "Only the people a reflection is shared with can see it.");
    }

    private static (DateTimeOffset, string) ByUpdate(ReflectionSummary s) => (s.UpdatedAt, s.Id);
}
