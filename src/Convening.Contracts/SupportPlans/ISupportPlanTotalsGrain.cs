namespace Convening.Contracts.SupportPlans;

/// <summary>
/// A place's agreed support plans added up by funding stream: spend, and the cash equivalents people
/// took instead of services. One sealed contribution per counted plan (amounts by stream, no words);
/// only suppressed tables come out, and only to the place's commissioners (decision 0043).
/// </summary>
public interface ISupportPlanTotalsGrain : IGrainWithStringKey
{
    Task Count(string planId, PlanContribution contribution);

    Task Uncount(string planId);

    /// <summary>Spend and cash taken by stream; fewer than 5 plans counted is refused (totals.too-few-people).</summary>
    Task<PlanTotals> Totals(string? callerId);
}

/// <summary>What one agreed plan adds to its place's totals: amounts by stream only.</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-contribution")]
public sealed record PlanContribution(
    [property: Id(0)] IReadOnlyList<StreamSpend> Streams);

[GenerateSerializer, Immutable, Alias("convening.stream-spend")]
public sealed record StreamSpend(
    [property: Id(0)] string StreamId,
    [property: Id(1)] long SpendPence,
    [property: Id(2)] long CashTakenPence);

/// <summary>A place's plans by stream; every null figure is suppressed (fewer than 5 people, or would give one away).</summary>
[GenerateSerializer, Immutable, Alias("convening.plan-totals")]
public sealed record PlanTotals(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] int Plans,
    [property: Id(2)] IReadOnlyList<StreamPlanTotal> Streams,
    [property: Id(3)] int SuppressedFigures);

/// <summary>
/// One stream: how many plans it pays into and their spend; how many of those people took a cash
/// equivalent and how much. Money is shown only where the count of people it is about is.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.stream-plan-total")]
public sealed record StreamPlanTotal(
    [property: Id(0)] string StreamId,
    [property: Id(1)] int? People,
    [property: Id(2)] long? SpendPence,
    [property: Id(3)] int? PeopleTakingCash,
    [property: Id(4)] long? CashTakenPence);
