using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>One organization of an HSDS file as an entry; <see cref="Id"/> is null when the record has no usable id.</summary>
public sealed record HsdsRecord(string? Id, string RawId, EntryContent Content);

public static class HsdsRecords
{
    /// <summary>The content of a record that could not be read at all.</summary>
    public static EntryContent Empty { get; } = new("", OrganisationKind.Other, "", "", "", "", [], [], [], [], [], []);
}
