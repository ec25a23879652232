using System.Text.Json;
using System.Text.Json.Serialization;

namespace Convening.Contracts.OrganisationDirectory;

/// <summary>How directory changes are written to the feed: a batch per event, as JSON.</summary>
public static class DirectoryFeedCodec
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static byte[] Encode(IReadOnlyList<DirectoryChange> changes) => JsonSerializer.SerializeToUtf8Bytes(changes, Options);

    public static IReadOnlyList<DirectoryChange> Decode(byte[] data) =>
        JsonSerializer.Deserialize<List<DirectoryChange>>(data, Options) ?? [];

    public static string Json(DirectoryDocument document) => JsonSerializer.Serialize(document, Options);

    public static DirectoryDocument Document(string json) =>
        JsonSerializer.Deserialize<DirectoryDocument>(json, Options) ?? throw new JsonException("An empty directory document.");

    /// <summary>Whether two entries say the same (records compare lists by reference, so this compares their JSON).</summary>
    public static bool Same(EntryContent a, EntryContent b) =>
        JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options);
}
