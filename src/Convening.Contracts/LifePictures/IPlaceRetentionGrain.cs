using Orleans.Concurrency;

namespace Convening.Contracts.LifePictures;

/// <summary>
/// How long a place keeps life pictures and support plans (UK GDPR storage limitation, decision 0050),
/// set by its stewards, and the schedule the retention job works from: a picture and its plan are
/// erased a number of years after their last change, and the record of who saw an erased or
/// withdrawn picture a number of years after that. Keyed by the place's slug. The schedule holds
/// picture ids and dates only, never content; picture grains keep it current.
/// </summary>
public interface IPlaceRetentionGrain : IGrainWithStringKey
{
    /// <summary>The periods, what is scheduled and what was erased; stewards only.</summary>
    Task<RetentionView> Get(string? callerId);

    /// <summary>Changes the periods (each 1 to 50 whole years, retention.years-out-of-range); stewards only.</summary>
    Task<RetentionView> Set(SetRetention command, string? callerId);

    /// <summary>The periods in force, for picture grains.</summary>
    Task<RetentionRule> Rule();

    /// <summary>A picture grain (or the job, with what a picture answered) says where the picture stands.</summary>
    Task Track(RetentionMark mark);

    /// <summary>The enrolment (decision 0057) the schedule has had: the job enrols every picture the place holds when it is behind.</summary>
    Task<int> Enrolled();

    /// <summary>The job has enrolled every picture the place holds, as enrolment <paramref name="version"/> does.</summary>
    Task MarkEnrolled(int version);

    /// <summary>The pictures whose time has come by <paramref name="now"/>, for the retention job.</summary>
    Task<IReadOnlyList<string>> Due(DateTimeOffset now);
}

/// <summary>The retention job for one place: runs on an Orleans reminder (hourly) and on demand.</summary>
public interface IRetentionJobGrain : IGrainWithStringKey
{
    /// <summary>Makes sure the job's reminder is set; called by the place's schedule when it first holds a picture, and for every place when a silo starts.</summary>
    [OneWay]
    Task Start();

    /// <summary>Asks every picture that is due to erase what its time is up for; safe to run again. Answers how many were asked.</summary>
    Task<int> Run();
}

[GenerateSerializer, Immutable, Alias("convening.retention-rule")]
public sealed record RetentionRule(
    [property: Id(0)] int PictureYears,
    [property: Id(1)] int AuditYears)
{
    public const int DefaultYears = 6;
    public const int MinYears = 1;
    public const int MaxYears = 50;

    public static RetentionRule Default { get; } = new(DefaultYears, DefaultYears);
}

[GenerateSerializer, Immutable, Alias("convening.set-retention")]
public sealed record SetRetention(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] int PictureYears,
    [property: Id(2)] int AuditYears);

/// <summary>
/// What a picture tells its place's schedule: since when its clock runs (its last change, or when its
/// content was erased), whether its content is erased, and what the retention job erased just now, if anything.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.retention-mark")]
public sealed record RetentionMark(
    [property: Id(0)] string PictureId,
    [property: Id(1)] DateTimeOffset Since,
    [property: Id(2)] bool Erased,
    [property: Id(3)] RetentionErased? ErasedNow);

/// <summary>One line of a place's erasure log: which picture, what went, when; never any content.</summary>
[GenerateSerializer, Immutable, Alias("convening.retention-erasure")]
public sealed record RetentionErasure(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string PictureId,
    [property: Id(2)] RetentionErased What);

public enum RetentionErased
{
    /// <summary>Every version, draft and the support plan; out of the totals.</summary>
    Content = 0,
    /// <summary>What was left: the record of who saw it, its practitioners and the person's link.</summary>
    Record = 1,
}

[GenerateSerializer, Immutable, Alias("convening.retention-view")]
public sealed record RetentionView(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] RetentionRule Rule,
    [property: Id(2)] bool IsDefault,
    [property: Id(3)] int Pictures,
    [property: Id(4)] int Erased,
    [property: Id(5)] DateTimeOffset? NextDue,
    [property: Id(6)] IReadOnlyList<RetentionErasure> Log);
