using System.Text.Json;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>Reads the fields of one HSDS object, noting each field of the wrong type as a reason.</summary>
public sealed class HsdsFields(List<ImportReason> reasons)
{
    public List<ImportReason> Reasons => reasons;

    /// <summary>A text field, trimmed; "" when absent or null.</summary>
    public string Text(JsonElement json, string property, string where)
    {
        if (!json.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return "";
        if (value.ValueKind == JsonValueKind.String)
            return Checked(value.GetString()!.Trim(), property, where);
        Add($"{property}.wrong-type", $"{where}: {property} must be text, not {Kind(value)}.");
        return "";
    }

    /// <summary>The objects of an array field; none when absent or null.</summary>
    public IEnumerable<JsonElement> Objects(JsonElement json, string property, string where)
    {
        if (!json.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return [];
        if (value.ValueKind != JsonValueKind.Array)
        {
            Add($"{property}.wrong-type", $"{where}: {property} must be a list, not {Kind(value)}.");
            return [];
        }
        var objects = new List<JsonElement>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object)
                objects.Add(item);
            else
                Add($"{property}.wrong-type", $"{where}: each of {property} must be an object, not {Kind(item)}.");
        }
        return objects;
    }

    /// <summary>An object field, or null when absent (or of the wrong type, noted).</summary>
    public JsonElement? Object(JsonElement json, string property, string where)
    {
        if (!json.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.Object)
            return value;
        Add($"{property}.wrong-type", $"{where}: {property} must be an object, not {Kind(value)}.");
        return null;
    }

    /// <summary>A uuid field in our form (lower case with hyphens), or null when absent or not a uuid (noted).</summary>
    public string? Id(JsonElement json, string where, string code)
    {
        var raw = Text(json, "id", where);
        if (raw.Length == 0)
        {
            Add($"{code}.missing", $"{where}: the id is missing.");
            return null;
        }
        var id = HsdsIds.Normalise(raw);
        if (id is null)
            Add($"{code}.invalid", $"{where}: the id '{raw}' is not a uuid, like 9a4d2b60-3c7e-4f1a-8b2d-6e5f4a3b2c1d.");
        return id;
    }

    /// <summary>The HSDS fields that hold paragraphs; every other text field is one line.</summary>
    private static readonly HashSet<string> MultilineProperties = ["description", "application_process"];

    /// <summary>Text with a character no entry may hold (a control character, a direction override) is a reason, naming the field.</summary>
    private string Checked(string text, string property, string where)
    {
        var multiline = MultilineProperties.Contains(property);
        var at = TextRules.FirstInvalid(text, multiline);
        if (at >= 0)
            Add(TextRules.Code, $"{where}: {property} contains a character that cannot be used (U+{(int)text[at]:X4} at position {at + 1}): control characters and direction overrides are not allowed{(multiline ? "" : ", nor line breaks")}.");
        return text;
    }

    public void Add(string code, string message) => reasons.Add(new ImportReason(code, message));

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "text",
    };
}
