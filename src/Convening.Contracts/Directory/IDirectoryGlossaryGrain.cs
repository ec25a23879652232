namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// The directory's own glossary: groups of words and phrases that mean the same to the people who
/// search it ("young people", "youth"). A search for any of a group finds what each of them finds.
/// </summary>
[GenerateSerializer, Immutable, Alias("convening.directory-glossary")]
public sealed record DirectoryGlossary(
    [property: Id(0)] IReadOnlyList<IReadOnlyList<string>> Groups);

/// <summary>The one glossary of the directory; anyone reads it (searches use it), moderators change it.</summary>
public interface IDirectoryGlossaryGrain : IGrainWithStringKey
{
    const string Key = "directory";

    Task<DirectoryGlossary> Get();

    /// <summary>Replaces the glossary: each group two or more words or phrases; directory moderators only.</summary>
    Task<DirectoryGlossary> Set(IReadOnlyList<IReadOnlyList<string>> groups, string? callerId);
}
