using Convening.Contracts.Gatherings;
using Convening.Contracts.People;

namespace Convening.Grains.Gatherings.Scheduling;

/// <summary>
/// One person's free time over a search, kept with the pieces it was made from so the scheduler
/// can say why they cannot make a time: away, outside their own hours, or outside their agency's.
/// </summary>
public sealed class PersonTime(PersonCard card, IReadOnlyList<Span>? own, IReadOnlyList<Span>? agency, IReadOnlyList<Span> away, IReadOnlyList<Span> free)
{
    public PersonCard Card { get; } = card;

    /// <summary>Null when the person has not given their weekly hours.</summary>
    public IReadOnlyList<Span>? Own { get; } = own;

    /// <summary>Null when their agency's hours are not known.</summary>
    public IReadOnlyList<Span>? Agency { get; } = agency;

    public IReadOnlyList<Span> Away { get; } = away;

    public IReadOnlyList<Span> Free { get; } = free;

    /// <summary>When they are already at a gathering of one of their groups.</summary>
    public IReadOnlyList<Span> Meeting { get; init; } = [];

    public bool CanCome(int start, int end) => Spans.Covers(Free, start, end);

    /// <summary>Why they cannot come, or null if they can.</summary>
    public CannotComeReason? WhyNot(int start, int end)
    {
        if (CanCome(start, end))
            return null;
        if (Spans.Overlaps(Away, start, end))
            return CannotComeReason.Away;
        if (Spans.Overlaps(Meeting, start, end))
            return CannotComeReason.AtAnotherGathering;
        if (Own is null)
            return CannotComeReason.HoursNotGiven;
        return Spans.Covers(Own, start, end) ? CannotComeReason.OutsideAgencyHours : CannotComeReason.OutsideTheirHours;
    }
}
