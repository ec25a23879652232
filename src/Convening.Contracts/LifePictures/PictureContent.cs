namespace Convening.Contracts.LifePictures;

/// <summary>
/// What a life picture says: sealed at rest with the place's key, never logged, indexed or mailed.
/// The person's own words come first (<see cref="WhatMatters"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.picture-content")]
public sealed record PictureContent(
    [property: Id(0)] string KnownAs,
    [property: Id(1)] string WhatMatters,
    [property: Id(2)] string Strengths,
    [property: Id(3)] IReadOnlyList<AreaPicture> Areas,
    [property: Id(4)] IReadOnlyList<string> FundingStreams);

/// <summary>One life area: goals, the support there now and from whom, whether it matches, and what is missing.</summary>
[GenerateSerializer, Immutable, Alias("convening.area-picture")]
public sealed record AreaPicture(
    [property: Id(0)] LifeArea Area,
    [property: Id(1)] string Goals,
    [property: Id(2)] string CurrentSupport,
    [property: Id(3)] SupportMatch Match,
    [property: Id(4)] string Missing);

/// <summary>What a picture adds to its place's totals: categories only, no words.</summary>
[GenerateSerializer, Immutable, Alias("convening.picture-contribution")]
public sealed record Contribution(
    [property: Id(0)] IReadOnlyList<AreaContribution> Areas,
    [property: Id(1)] IReadOnlyList<string> FundingStreams)
{
    public static Contribution From(PictureContent content) =>
        new([.. content.Areas.Select(a => new AreaContribution(a.Area, a.Goals.Length > 0, a.Match))], content.FundingStreams);
}

[GenerateSerializer, Immutable, Alias("convening.area-contribution")]
public sealed record AreaContribution(
    [property: Id(0)] LifeArea Area,
    [property: Id(1)] bool HasGoal,
    [property: Id(2)] SupportMatch Match);
