using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Convening.Contracts.Reflections;

namespace Convening.Web.Reflections;

/// <summary>A person's whole journal, to take away as Markdown or JSON.</summary>
public static class JournalExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Reads each entry through its own grain, as the author, so the export can hold nothing the
    /// reflection grain would not show them. The journal only lists ids (see IJournalGrain.Ids).
    /// </summary>
    public static async Task<IReadOnlyList<ReflectionView>> Entries(IGrainFactory grains, string authorId)
    {
        var ids = await grains.GetGrain<IJournalGrain>(authorId).Ids(authorId);
        var entries = new List<ReflectionView>(ids.Count);
        foreach (var batch in ids.Chunk(50))
            entries.AddRange(await Task.WhenAll(batch.Select(id => grains.GetGrain<IReflectionGrain>(id).Get(authorId))));
        return entries;
    }

    public static string ToJson(IReadOnlyList<ReflectionView> entries) => JsonSerializer.Serialize(new { reflections = entries }, Json);

    public static string ToMarkdown(IReadOnlyList<ReflectionView> entries)
    {
        var md = new StringBuilder("# My reflective practice journal\n");
        foreach (var entry in entries)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n---\n\n## {entry.Title}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"Written {entry.CreatedAt:yyyy-MM-dd}, last saved {entry.UpdatedAt:yyyy-MM-dd HH:mm} UTC. ");
            md.Append(CultureInfo.InvariantCulture, $"Visibility: {entry.Visibility.ToString().ToLowerInvariant()}.");
            if (entry.Themes.Count > 0)
                md.Append(CultureInfo.InvariantCulture, $" Themes: {string.Join(", ", entry.Themes)}.");
            if (entry.Link is { } link)
                md.Append(CultureInfo.InvariantCulture, $" About: {link.Path}.");
            md.Append('\n');
            foreach (var (prompt, answer) in ReflectionStructures.Prompts(entry.Structure).Zip(entry.Sections))
                md.Append(CultureInfo.InvariantCulture, $"\n### {prompt}\n\n{answer}\n");
        }
        return md.ToString();
    }
}
