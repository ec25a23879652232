namespace Convening.Contracts.Gatherings;

/// <summary>
/// What a group's list of gatherings and its members' calendars need: enough to write a calendar
/// entry (time, place, status, sequence) and the tallies that show the group's pattern.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.gathering-summary")]
public sealed record GatheringSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string GroupId,
    [property: Id(2)] string GroupName,
    [property: Id(3)] GatheringDetails Details,
    [property: Id(4)] GatheringStatus Status,
    [property: Id(5)] DateTimeOffset? Start,
    [property: Id(6)] int Sequence,
    [property: Id(7)] DateTimeOffset CreatedAt,
    [property: Id(8)] DateTimeOffset UpdatedAt,
    [property: Id(9)] ResponseTally Responses,
    [property: Id(10)] ReflectionTally Reflections)
{
    public DateTimeOffset? End => Start?.AddMinutes(Details.Minutes);

    /// <summary>Stable across every change, so calendar apps update the entry rather than add another.</summary>
    public string CalendarUid => $"{Id}@gatherings.convening";
}

[GenerateSerializer, Immutable, Alias("convening.response-tally")]
public sealed record ResponseTally(
    [property: Id(0)] int Yes,
    [property: Id(1)] int No,
    [property: Id(2)] int Maybe);

[GenerateSerializer, Immutable, Alias("convening.reflection-tally")]
public sealed record ReflectionTally(
    [property: Id(0)] int Transactional,
    [property: Id(1)] int Positional,
    [property: Id(2)] int Transformational)
{
    public int Total => Transactional + Positional + Transformational;
}
