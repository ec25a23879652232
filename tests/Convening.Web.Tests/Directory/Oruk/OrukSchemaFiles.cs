using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Convening.Web.Tests.OrganisationDirectory.Oruk;

/// <summary>
/// The Open Referral UK 3.0 schemas shipped in the repository (standards/oruk-3.0, copied into the
/// output), with their $refs (openreferraluk.org addresses of these same files) resolved locally.
/// </summary>
public static class OrukSchemaFiles
{
    private const string Online = "https://openreferraluk.org/specifications/3.0/schema/";
    private static readonly ConcurrentDictionary<string, Lazy<Task<JsonSchema>>> Loaded = new();

    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "standards", "oruk-3.0");

    public static Task<JsonSchema> Schema(string file) =>
        Loaded.GetOrAdd(file, f => new Lazy<Task<JsonSchema>>(() => JsonSchema.FromJsonAsync(Inline(Read(f), 0).ToJsonString()))).Value;

    /// <summary>Every way <paramref name="json"/> breaks the named ORUK schema, as text.</summary>
    public static async Task<IReadOnlyList<string>> Errors(string file, string json) =>
        [.. (await Schema(file)).Validate(json).Select(e => $"{file}: {e.Path} {e.Kind}")];

    private static JsonNode Read(string file)
    {
        var path = Path.Combine(Root, "schema", file);
        Assert.True(File.Exists(path), $"The ORUK 3.0 schema {path} is missing (standards/oruk-3.0 ships with the repository).");
        return JsonNode.Parse(File.ReadAllText(path))!;
    }

    /// <summary>Replaces each reference to another of the profile's files by that file's schema.</summary>
    private static JsonNode Inline(JsonNode node, int depth)
    {
        Assert.True(depth < 12, "The ORUK schemas' references nest too deeply (a cycle?).");
        switch (node)
        {
            case JsonObject o when o["$ref"] is JsonValue r && r.GetValue<string>() is var reference && reference.StartsWith(Online, StringComparison.Ordinal):
                return Inline(Read(reference[Online.Length..]), depth + 1);
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                    if (o[key] is { } child)
                        o[key] = Inline(child.DeepClone(), depth);
                return o;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (a[i] is { } item)
                        a[i] = Inline(item.DeepClone(), depth);
                return a;
            default:
                return node;
        }
    }
}
