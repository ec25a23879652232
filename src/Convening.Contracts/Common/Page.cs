namespace Convening.Contracts;

/// <summary>One page of a list, with the cursor to ask for the next.</summary>
[GenerateSerializer, Immutable, Alias("convening.page`1")]
public sealed record Page<T>(
    [property: Id(0)] IReadOnlyList<T> Items,
    [property: Id(1)] string? EndCursor,
    [property: Id(2)] bool HasNextPage,
    [property: Id(3)] int TotalCount);
