using Orleans.Concurrency;

using Convening.Contracts.LifePictures;

namespace Convening.Contracts.SupportPlans;

/// <summary>
/// A person's support plan across funding streams (Right to Control): what each stream puts in and
/// what it pays for, services priced at the place's unit cost when the plan took them (so a cash
/// equivalent can be offered and taken), the person's goals linked to the streams paying for them,
/// and who keeps any savings. Keyed by the id of the person's life picture and opened on the same
/// terms: the picture grain decides who may, and every read and change joins its audit trail
/// (decision 0043). The content is sealed with the place's key.
/// </summary>
public interface ISupportPlanGrain : IGrainWithStringKey
{
    /// <summary>The plan (an empty one at version 0 before anything is saved); audited as the plan opened.</summary>
    Task<PlanView> Get(string? callerId);

    /// <summary>
    /// Saves the whole plan as a new version; refused when someone saved first (plan.conflict). A service
    /// already in the plan keeps the price it was taken at; a new one is priced at today's unit cost.
    /// </summary>
    Task<PlanView> Save(SavePlan command, string? callerId);

    /// <summary>The person agreed this version of the plan (plan.no-consent without it).</summary>
    Task<PlanView> Agree(AgreePlan command, string? callerId);

    /// <summary>An earlier agreed version of the plan (plan.version-not-found if none); audited as an earlier version read.</summary>
    Task<PlanVersionView> AgreedVersion(int number, string? callerId);

    /// <summary>
    /// Everything held in the plan, for the person it is about only (picture.person-only otherwise): the latest
    /// version and every agreed version kept. Audited as the plan downloaded.
    /// </summary>
    Task<PlanExport> Download(string? callerId);

    /// <summary>
    /// The person let their picture count in totals again: an agreed, unchanged plan counts again at once.
    /// Sent only by the picture grain, one-way (the plan asks the picture, never the other way round).
    /// </summary>
    [OneWay]
    Task Recount();

    /// <summary>The picture was withdrawn: the plan is erased too. Sent only by the picture grain.</summary>
    [OneWay]
    Task Erase();
}

/// <summary>Who keeps money the plan does not spend (Right to Control asks this to be settled up front).</summary>
public enum SavingsChoice
{
    NotDecided = 0,
    ThePerson = 1,
    TheStream = 2,
    Shared = 3,
}

/// <summary>Whether the cash equivalent of a service was offered, and taken instead of the service.</summary>
public enum CashChoice
{
    NotOffered = 0,
    OfferedNotTaken = 1,
    Taken = 2,
}

[GenerateSerializer, Immutable, Alias("convening.save-plan")]
public sealed record SavePlan(
    [property: Id(0)] int ExpectedVersion,
    [property: Id(1)] IReadOnlyList<PlanStream> Streams,
    [property: Id(2)] IReadOnlyList<PlanServiceChoice> Services,
    [property: Id(3)] IReadOnlyList<PlanOutcome> Outcomes,
    [property: Id(4)] SavingsChoice Savings);

[GenerateSerializer, Immutable, Alias("convening.agree-plan")]
public sealed record AgreePlan(
    [property: Id(0)] int ExpectedVersion,
    [property: Id(1)] bool PersonAgreed);

/// <summary>What one funding stream puts into the plan, and what it pays for in plain words.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-stream")]
public sealed record PlanStream(
    [property: Id(0)] string StreamId,
    [property: Id(1)] long AmountPence,
    [property: Id(2)] string PaysFor);

/// <summary>A service asked for: <see cref="Id"/> null for a new one, else the line it changes.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-service-choice")]
public sealed record PlanServiceChoice(
    [property: Id(0)] string? Id,
    [property: Id(1)] string StreamId,
    [property: Id(2)] string UnitCostId,
    [property: Id(3)] int Quantity,
    [property: Id(4)] CashChoice Cash);

/// <summary>A goal from the person's picture (by life area) and the streams paying towards it.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-outcome")]
public sealed record PlanOutcome(
    [property: Id(0)] LifeArea Area,
    [property: Id(1)] IReadOnlyList<string> StreamIds);

/// <summary>A service in the plan at the price it was taken at (<see cref="PricePence"/>, price version <see cref="PriceVersion"/>).</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-service")]
public sealed record PlanService(
    [property: Id(0)] string Id,
    [property: Id(1)] string StreamId,
    [property: Id(2)] string UnitCostId,
    [property: Id(3)] string Service,
    [property: Id(4)] string Unit,
    [property: Id(5)] long PricePence,
    [property: Id(6)] int PriceVersion,
    [property: Id(7)] int Quantity,
    [property: Id(8)] CashChoice Cash)
{
    /// <summary>The cash equivalent: what the service costs at the price the plan took it at.</summary>
    public long CostPence => PricePence * Quantity;
}

/// <summary>What a plan says: sealed at rest with the place's key.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-content")]
public sealed record PlanContent(
    [property: Id(0)] IReadOnlyList<PlanStream> Streams,
    [property: Id(1)] IReadOnlyList<PlanService> Services,
    [property: Id(2)] IReadOnlyList<PlanOutcome> Outcomes,
    [property: Id(3)] SavingsChoice Savings)
{
    public static readonly PlanContent Empty = new([], [], [], SavingsChoice.NotDecided);
}

/// <summary>A service line as the plan shows it: the agreed price and, when it has changed since, today's.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-service-view")]
public sealed record PlanServiceView(
    [property: Id(0)] PlanService Line,
    [property: Id(1)] long? CurrentPence);

[GenerateSerializer, Immutable, Alias("convening.plan-view")]
public sealed record PlanView(
    [property: Id(0)] string Id,
    [property: Id(1)] string PlaceSlug,
    [property: Id(2)] string KnownAs,
    [property: Id(3)] int Version,
    [property: Id(4)] IReadOnlyList<PlanStream> Streams,
    [property: Id(5)] IReadOnlyList<PlanServiceView> Services,
    [property: Id(6)] IReadOnlyList<PlanOutcome> Outcomes,
    [property: Id(7)] SavingsChoice Savings,
    [property: Id(8)] IReadOnlyList<AreaGoal> Goals,
    [property: Id(9)] int? AgreedVersion,
    [property: Id(10)] DateTimeOffset? AgreedAt,
    [property: Id(11)] bool CallerIsThePerson,
    [property: Id(12)] IReadOnlyList<PlanVersionInfo> History);

/// <summary>An agreed version of a plan, kept so change over time shows: when it was agreed, and who recorded it.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-version-info")]
public sealed record PlanVersionInfo(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset AgreedAt,
    [property: Id(2)] string RecordedBy);

/// <summary>An agreed version of a plan and what it said then (with the place and the name the person goes by, to show it).</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-version-view")]
public sealed record PlanVersionView(
    [property: Id(0)] PlanVersionInfo Info,
    [property: Id(1)] PlanContent Content,
    [property: Id(2)] string PlaceSlug,
    [property: Id(3)] string KnownAs);

/// <summary>The person's own copy of their plan: the latest version, whether and when it was agreed, and every agreed version kept.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-export")]
public sealed record PlanExport(
    [property: Id(0)] string Id,
    [property: Id(1)] string PlaceSlug,
    [property: Id(2)] int Version,
    [property: Id(3)] PlanContent Latest,
    [property: Id(4)] int? AgreedVersion,
    [property: Id(5)] DateTimeOffset? AgreedAt,
    [property: Id(6)] IReadOnlyList<PlanVersionView> AgreedVersions,
    [property: Id(7)] IReadOnlyDictionary<string, string> StreamNames);
