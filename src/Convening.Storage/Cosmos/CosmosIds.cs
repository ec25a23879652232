using System.Security.Cryptography;
using System.Text;

namespace Convening.Storage.Cosmos;

internal static class CosmosIds
{
    /// <summary>
    /// An item id for a key that may hold '/', '\', '?' or '#' (grain keys and reminder names can),
    /// which Cosmos ids may not: the prefix, then a hash of the key, which has none of them.
    /// </summary>
    public static string Hashed(string prefix, string key) =>
        prefix + "-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40].ToLowerInvariant();
}
