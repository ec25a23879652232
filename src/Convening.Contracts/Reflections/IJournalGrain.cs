namespace Convening.Contracts.Reflections;

/// <summary>
/// A person's reflective-practice journal, keyed by their person id: the list of their
/// entries, newest first. Only the person reads it; only their reflection grains change it.
/// </summary>
public interface IJournalGrain : IGrainWithStringKey
{
    /// <summary>Entries, newest change first, optionally one theme's or those containing some text.</summary>
    Task<Page<ReflectionSummary>> List(JournalQuery query, string? callerId);

    /// <summary>The ids of every entry, newest first, for an export to read one by one.</summary>
    Task<IReadOnlyList<string>> Ids(string? callerId);

    /// <summary>Makes room for a new entry, or refuses with journal.full.</summary>
    Task Reserve(string reflectionId);

    Task Upsert(ReflectionSummary summary);

    Task Remove(string reflectionId);
}

[GenerateSerializer, Immutable, Alias("convening.journal-query")]
public sealed record JournalQuery(
    [property: Id(0)] int First,
    [property: Id(1)] string? After,
    [property: Id(2)] string? Theme,
    [property: Id(3)] string? Text);
