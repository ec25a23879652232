using System.Security.Cryptography;
using System.Text;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// Ids for the HSDS objects that our entries have no id of their own for (addresses, schedules,
/// attributes…): name-based uuids (RFC 9562 version 5) of the entry's id and the object's path,
/// so every export gives an object the same id and importing an export again changes nothing.
/// </summary>
public static class HsdsIds
{
    /// <summary>Our namespace for those names; never change it, or every derived id changes.</summary>
    private static readonly Guid Namespace = new("5d3f7c52-6a0e-4c61-9e57-0b1d3c2a8f41");

    public static string For(string entryId, string path) => Create($"{entryId}/{path}");

    /// <summary>A taxonomy term's id: the same in every entry, so tools can group by it.</summary>
    public static string Term(string taxonomy, string code) => Create($"taxonomy/{taxonomy}/{code}");

    /// <summary>A taxonomy's id (its name is the stable key: "convening-approach").</summary>
    public static string Taxonomy(string taxonomy) => Create($"taxonomy/{taxonomy}");

    /// <summary>The id in the one form we store and export: a lower-case uuid with hyphens; null if it is not a uuid.</summary>
    public static string? Normalise(string? id) =>
        Guid.TryParse(id?.Trim(), out var guid) ? guid.ToString("D") : null;

    private static string Create(string name)
    {
        Span<byte> input = stackalloc byte[16];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        var hash = SHA1.HashData([.. input, .. Encoding.UTF8.GetBytes(name)]);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
