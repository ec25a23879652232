namespace Convening.Contracts.Funding;

/// <summary>
/// A place's funding streams (Right to Control: the pots its agencies fund support from, such as
/// Access to Work or the Disabled Facilities Grant) and the unit costs that cash-quantify the
/// services each pays for, so a person can be offered the cash equivalent. Keyed by the place's
/// slug; set by its stewards, readable by anyone signed in (public money, not personal data).
/// </summary>
public interface IPlaceFundingGrain : IGrainWithStringKey
{
    Task<FundingView> Get();

    /// <summary>Adds a stream (no id) or renames one; stewards only.</summary>
    Task<FundingView> SaveStream(SaveFundingStream command, string? callerId);

    /// <summary>
    /// Adds a priced service to a stream (no id) or changes its price: a change makes a new price
    /// version and keeps the old ones, so a plan priced earlier still says what it was priced at.
    /// </summary>
    Task<FundingView> SetUnitCost(SetUnitCost command, string? callerId);

    /// <summary>The six Right to Control streams with example prices, for a place with none yet; stewards only.</summary>
    Task<FundingView> UseRightToControlDefaults(string? callerId);
}

[GenerateSerializer, Immutable, Alias("convening.save-funding-stream")]
public sealed record SaveFundingStream(
    [property: Id(0)] string? Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Sector);

[GenerateSerializer, Immutable, Alias("convening.set-unit-cost")]
public sealed record SetUnitCost(
    [property: Id(0)] string StreamId,
    [property: Id(1)] string? Id,
    [property: Id(2)] string Service,
    [property: Id(3)] string Unit,
    [property: Id(4)] long Pence);

[GenerateSerializer, Immutable, Alias("convening.funding-view")]
public sealed record FundingView(
    [property: Id(0)] string PlaceSlug,
    [property: Id(1)] IReadOnlyList<FundingStreamView> Streams);

[GenerateSerializer, Immutable, Alias("convening.funding-stream-view")]
public sealed record FundingStreamView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Sector,
    [property: Id(3)] IReadOnlyList<UnitCostView> UnitCosts);

/// <summary>A service priced per unit; <see cref="Version"/> rises with each change of price.</summary>
[GenerateSerializer, Immutable, Alias("convening.unit-cost-view")]
public sealed record UnitCostView(
    [property: Id(0)] string Id,
    [property: Id(1)] string Service,
    [property: Id(2)] string Unit,
    [property: Id(3)] long Pence,
    [property: Id(4)] int Version,
    [property: Id(5)] IReadOnlyList<PriceVersion> Earlier)
{
    /// <summary>When the current price took effect.</summary>
    [Id(6)] public DateTimeOffset Since { get; init; }
}

/// <summary>A price a service had, and from when until when.</summary>
[GenerateSerializer, Immutable, Alias("convening.price-version")]
public sealed record PriceVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] long Pence,
    [property: Id(2)] DateTimeOffset From,
    [property: Id(3)] DateTimeOffset Until);
