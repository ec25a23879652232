using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Web.Pages.Cycles;

/// <summary>
/// A group's or a place's learning cycles, newest first. <see cref="GroupNames"/> (group id →
/// name) adds a group column, for a place's list; <see cref="StartGroupId"/> (the group's id) offers a new cycle to those who may start one.
/// </summary>
public sealed record CycleListModel(Page<CycleSummary> Cycles, string? StartGroupId, IReadOnlyDictionary<string, string>? GroupNames = null)
{
    /// <summary>How many a group or place page lists; GraphQL pages through the rest.</summary>
    public const int Shown = 50;
}
