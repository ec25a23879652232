namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// One service or location id, held by the one directory entry that uses it: HSDS exports and the
/// Open Referral UK feed identify services and locations by id across the whole directory, so a
/// second entry may not take an id another entry already uses. Keyed by <see cref="Service"/> or
/// <see cref="Location"/>.
/// </summary>
public interface IDirectoryIdGrain : IGrainWithStringKey
{
    static string Service(string id) => "service:" + id;

    static string Location(string id) => "location:" + id;

    /// <summary>Holds the id for the entry (again, if it already does); directory.id-taken if another entry holds it.</summary>
    Task Claim(string entryId);
}
