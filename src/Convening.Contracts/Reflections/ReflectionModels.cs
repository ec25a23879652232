namespace Convening.Contracts.Reflections;

/// <summary>Who may read a reflection besides its author.</summary>
public enum ReflectionVisibility
{
    Private = 0,
    Group = 1,
    Place = 2,
}

/// <summary>The prompts an entry answers; the author chooses.</summary>
public enum ReflectionStructure
{
    WhatSoWhatNowWhat = 0,
    Gibbs = 1,
    FreeText = 2,
}

[GenerateSerializer, Immutable, Alias("convening.save-reflection")]
public sealed record SaveReflection(
    [property: Id(0)] int ExpectedVersion,
    [property: Id(1)] string Title,
    [property: Id(2)] ReflectionStructure Structure,
    [property: Id(3)] IReadOnlyList<string> Sections,
    [property: Id(4)] IReadOnlyList<string> Themes,
    [property: Id(5)] ReflectionVisibility Visibility,
    [property: Id(6)] string? GroupId,
    [property: Id(7)] string? PlaceSlug,
    [property: Id(8)] Convening.Contracts.Cycles.WorkLink? Link = null,
    [property: Id(9)] bool Draft = false)
{
    /// <summary>Optional: see <see cref="RequestIds"/>. Saving again with the same id answers with the version the first request saved.</summary>
    [Id(10)] public string? RequestId { get; init; }
}

[GenerateSerializer, Immutable, Alias("convening.reflection-view")]
public sealed record ReflectionView(
    [property: Id(0)] string Id,
    [property: Id(1)] string AuthorId,
    [property: Id(2)] string AuthorName,
    [property: Id(3)] string Title,
    [property: Id(4)] ReflectionStructure Structure,
    [property: Id(5)] IReadOnlyList<string> Sections,
    [property: Id(6)] IReadOnlyList<string> Themes,
    [property: Id(7)] ReflectionVisibility Visibility,
    [property: Id(8)] string? GroupId,
    [property: Id(9)] string? PlaceSlug,
    [property: Id(10)] int Version,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset UpdatedAt,
    [property: Id(13)] Convening.Contracts.Cycles.WorkLink? Link = null,
    [property: Id(14)] bool IsDraft = false);

/// <summary>An earlier version of an entry, kept so the author can see how it changed.</summary>
[GenerateSerializer, Immutable, Alias("convening.reflection-revision")]
public sealed record ReflectionRevision(
    [property: Id(0)] int Version,
    [property: Id(1)] string Title,
    [property: Id(2)] IReadOnlyList<string> Sections,
    [property: Id(3)] IReadOnlyList<string> Themes,
    [property: Id(4)] ReflectionVisibility Visibility,
    [property: Id(5)] DateTimeOffset SavedAt);

/// <summary>What lists show of an entry: no more than its audience may read.</summary>
[GenerateSerializer, Immutable, Alias("convening.reflection-summary")]
public sealed record ReflectionSummary(
    [property: Id(0)] string Id,
    [property: Id(1)] string AuthorId,
    [property: Id(2)] string AuthorName,
    [property: Id(3)] string Title,
    [property: Id(4)] string Excerpt,
    [property: Id(5)] IReadOnlyList<string> Themes,
    [property: Id(6)] ReflectionVisibility Visibility,
    [property: Id(7)] string? GroupId,
    [property: Id(8)] string? PlaceSlug,
    [property: Id(9)] DateTimeOffset CreatedAt,
    [property: Id(10)] DateTimeOffset UpdatedAt);
