using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.Reflections;

namespace Convening.Grains.Reflections;

/// <summary>
/// Counts themes across shared reflections. Any count drawn from fewer than
/// <see cref="Limits.SmallCountThreshold"/> distinct authors is withheld (shown as "fewer than 5"),
/// so that no aggregate can single a person out. With <c>leaveOutSmall</c> (place level) such themes
/// are dropped altogether, so not even their names reach people outside the group they came from.
/// </summary>
public static class ThemeCounter
{
    public static ThemesView Count(IReadOnlyList<ReflectionSummary> entries, bool leaveOutSmall = false)
    {
        var overall = Counts(entries, leaveOutSmall);
        var byMonth = entries
            .GroupBy(e => e.CreatedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .OrderByDescending(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ThemeMonth(g.Key, Counts([.. g], leaveOutSmall)))
            .Where(m => m.Themes.Count > 0)
            .ToList();
        return new ThemesView(overall, byMonth, leaveOutSmall);
    }

    private static List<ThemeCount> Counts(IReadOnlyList<ReflectionSummary> entries, bool leaveOutSmall) =>
        [.. entries
            .SelectMany(e => e.Themes.Select(t => (Theme: t, e.AuthorId)))
            .GroupBy(x => x.Theme)
            .Select(g => Suppress(g.Key, g.Count(), g.Select(x => x.AuthorId).Distinct().Count()))
            .Where(c => !(leaveOutSmall && c.Suppressed))
            // Suppressed themes sort last so their order cannot hint at their size.
            .OrderBy(c => c.Suppressed).ThenByDescending(c => c.Reflections ?? 0).ThenBy(c => c.Theme, StringComparer.Ordinal)];

    private static ThemeCount Suppress(string theme, int reflections, int authors) =>
        authors < Limits.SmallCountThreshold
            ? new ThemeCount(theme, null, null, true)
            : new ThemeCount(theme, reflections, authors, false);
}
