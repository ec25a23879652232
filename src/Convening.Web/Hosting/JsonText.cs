using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Convening.Contracts;

namespace Convening.Web.Hosting;

/// <summary>
/// JSON may spell a lone UTF-16 surrogate ("\ud800"), which .NET cannot read as a string and would
/// fail on deep inside a parser. Each way in (GraphQL bodies, imports, the board hub) finds it here
/// first and refuses it as <see cref="TextRules.Code"/>, the code the grains give any other text
/// they cannot store.
/// </summary>
public static class JsonText
{
    /// <summary>Whether every string and property name in <paramref name="element"/> is well-formed UTF-16.</summary>
    public static bool IsWellFormed(JsonElement element) => FirstMalformed(element, "") is null;

    /// <summary>
    /// Where the first string or property name that is not well-formed UTF-16 is, as a path from
    /// <paramref name="path"/> (<c>[2].services[0].name</c>), or null when there is none.
    /// </summary>
    public static string? FirstMalformed(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                return Readable(element) ? null : path;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray())
                    if (FirstMalformed(item, $"{path}[{i++}]") is { } at)
                        return at;
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!Readable(property))
                        return $"{path}.(a property name)";
                    if (FirstMalformed(property.Value, $"{path}.{property.Name}") is { } at)
                        return at;
                }
                return null;
            default:
                return null;
        }
    }

    public static ConveningException Refusal(string what) =>
        new(TextRules.Code, $"The {what} contains a broken character (a lone UTF-16 surrogate, such as \\ud800). Remove it and try again.");

    private static bool Readable(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool Readable(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

/// <summary>
/// Reads JSON strings as they were sent, lone surrogates included, so that a hub method receives
/// them and the grain refuses them with a code, rather than the hub failing to bind its arguments
/// with a generic error.
/// </summary>
public sealed class ExactStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException) when (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string Unescape(ReadOnlySpan<byte> escaped)
    {
        var text = new StringBuilder(escaped.Length);
        var start = 0;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] != '\\')
                continue;
            text.Append(Encoding.UTF8.GetString(escaped[start..i]));
            var c = (char)escaped[++i];
            text.Append(c switch
            {
                'b' => '\b',
                'f' => '\f',
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'u' => (char)Convert.ToUInt16(Encoding.ASCII.GetString(escaped.Slice(i + 1, 4)), 16),
                _ => c,
            });
            if (c == 'u')
                i += 4;
            start = i + 1;
        }
        return text.Append(Encoding.UTF8.GetString(escaped[start..])).ToString();
    }
}
