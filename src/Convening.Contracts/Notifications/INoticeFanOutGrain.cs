namespace Convening.Contracts.Notifications;

/// <summary>
/// Tells many people in the background, so that a change in a 500-member group answers at once
/// instead of waiting on 500 calls. One per source (a gathering, a learning cycle): its fan-outs go
/// in the order they were started, in batches, each batch's progress written down, and a reminder
/// resumes them after a restart. A person told twice by a resumed batch is told once, because each
/// notice's key makes telling idempotent.
/// </summary>
public interface INoticeFanOutGrain : IGrainWithStringKey
{
    /// <summary>Stores the fan-out durably and returns; the people are told soon after. The same id started again does nothing more.</summary>
    Task Start(FanOut fanOut);

    /// <summary>How many people are still to be told, over all waiting fan-outs (for tests and health).</summary>
    Task<int> Waiting();
}

/// <summary>The same steps, for each of <see cref="People"/> (person ids) in turn.</summary>
[GenerateSerializer, Immutable, Alias("convening.fan-out")]
public sealed record FanOut(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> People,
    [property: Id(2)] IReadOnlyList<FanOutStep> Steps);

/// <summary>
/// One thing done for each person: tell a notice now, schedule it for <see cref="At"/>, or take back
/// the scheduled notice whose key is <see cref="Unschedule"/>. <see cref="Person"/> in a key stands
/// for the person being told, so one step serves a notice keyed per person.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.fan-out-step")]
public sealed record FanOutStep
{
    public const string Person = "{person}";

    [Id(0)] public Notice? Notice { get; init; }

    [Id(1)] public DateTimeOffset? At { get; init; }

    [Id(2)] public string? Unschedule { get; init; }

    /// <summary>People this step leaves out (those who have already replied, say).</summary>
    [Id(3)] public IReadOnlyList<string> Except { get; init; } = [];

    public static FanOutStep Tell(Notice notice) => new() { Notice = notice };

    public static FanOutStep ScheduleAt(Notice notice, DateTimeOffset at, IReadOnlyList<string> except) => new() { Notice = notice, At = at, Except = except };

    public static FanOutStep TakeBack(string key) => new() { Unschedule = key };
}
