namespace Convening.Contracts.Reflections;

/// <summary>
/// One entry in a practitioner's reflective-practice journal, keyed by a 32-hex id. Private to
/// its author unless they share it with a group or a place; the grain alone decides who may
/// read it, and answers "not found" alike for entries that do not exist and those the caller
/// may not see, so that nothing about a private entry leaks.
/// </summary>
public interface IReflectionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates (expected version 0) or changes the entry. A save whose expected version is not
    /// the current one is refused with reflection.conflict, so two tabs never lose an edit silently.
    /// A draft (autosave) is kept for the author alone: the audience keeps reading the last Save,
    /// and an entry never saved is seen by no one else, whatever it is set to be shared with.
    /// </summary>
    Task<ReflectionView> Save(SaveReflection command, string? callerId);

    Task<ReflectionView> Get(string? callerId);

    /// <summary>Earlier versions, newest first; the author only.</summary>
    Task<IReadOnlyList<ReflectionRevision>> History(string? callerId);

    /// <summary>Deletes the entry and its history for good; the author only.</summary>
    Task Delete(string? callerId);
}
