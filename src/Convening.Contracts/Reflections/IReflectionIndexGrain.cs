namespace Convening.Contracts.Reflections;

/// <summary>
/// The reflections shared with one audience, keyed "group/{id}" or "place/{slug}". A place's
/// index also counts the reflections shared with its groups, for themes only: it lists just
/// those shared with the place. Only reflection grains change it; private entries never reach it.
/// </summary>
public interface IReflectionIndexGrain : IGrainWithStringKey
{
    /// <summary>Shared entries, newest first; members of the audience only.</summary>
    Task<Page<ReflectionSummary>> List(int first, string? after, string? theme, string? callerId);

    /// <summary>
    /// Which themes come up, overall and by month, with small counts suppressed. A place leaves
    /// out small themes entirely; a group shows their names (not counts) to its own members.
    /// </summary>
    Task<ThemesView> Themes(string? callerId);

    Task Upsert(ReflectionSummary summary);

    Task Remove(string reflectionId);
}

public static class ReflectionAudience
{
    public static string Group(string groupId) => "group/" + groupId;

    public static string Place(string slug) => "place/" + slug;
}

/// <summary>
/// How often a theme comes up. Where fewer than <see cref="Limits.SmallCountThreshold"/> distinct
/// authors wrote about it, the counts are null and <see cref="Suppressed"/> is true.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.theme-count")]
public sealed record ThemeCount(
    [property: Id(0)] string Theme,
    [property: Id(1)] int? Reflections,
    [property: Id(2)] int? Authors,
    [property: Id(3)] bool Suppressed);

[GenerateSerializer, Immutable, Alias("convening.theme-month")]
public sealed record ThemeMonth(
    [property: Id(0)] string Month,
    [property: Id(1)] IReadOnlyList<ThemeCount> Themes);

/// <summary>
/// Themes overall and by month. At place level (<see cref="SmallThemesLeftOut"/>), themes from fewer
/// than <see cref="Limits.SmallCountThreshold"/> distinct authors are left out, names and all: a
/// name alone can reveal what one group shared to people in the place's other groups.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.themes-view")]
public sealed record ThemesView(
    [property: Id(0)] IReadOnlyList<ThemeCount> Overall,
    [property: Id(1)] IReadOnlyList<ThemeMonth> ByMonth,
    [property: Id(2)] bool SmallThemesLeftOut = false);
