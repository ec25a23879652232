namespace Convening.Contracts;

/// <summary>
/// The one rule for what text people may store: well-formed UTF-16 (no lone surrogates), no NUL or
/// other control characters, and no bidirectional overrides or isolates, which can make a name read
/// as something it is not ("Femi Bello (moderator)" written backwards). Newlines and tabs are
/// allowed only where they mean something (Markdown, notes), not in names and other one-line text.
/// Used by <see cref="Check"/> in the grains and by the web layer's edges (GraphQL, hub, imports).
/// </summary>
public static class TextRules
{
    public const string Code = "input.invalid-text";

    /// <summary>The index of the first character not allowed, or -1 when the text is acceptable.</summary>
    public static int FirstInvalid(ReadOnlySpan<char> text, bool multiline)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                return i;
            }
            if (char.IsLowSurrogate(c) || !Allowed(c, multiline))
                return i;
        }
        return -1;
    }

    /// <summary>Throws <see cref="Code"/> when <paramref name="text"/> holds a character not allowed.</summary>
    public static string Require(string text, string field, bool multiline)
    {
        var at = FirstInvalid(text, multiline);
        if (at < 0)
            return text;
        throw new ConveningException(Code,
            $"The {field.Replace('-', ' ')} contains a character that cannot be used (U+{(int)text[at]:X4} at position {at + 1}): control characters, direction overrides and broken characters are not allowed{(multiline ? "" : ", nor line breaks")}.")
        { Field = field };
    }

    private static bool Allowed(char c, bool multiline) => c switch
    {
        '\n' or '\r' or '\t' => multiline,
        < ' ' or (>= '\u007f' and <= '\u009f') => false,
        // Bidirectional embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI, PDI).
        (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => false,
        '\ufffe' or '\uffff' => false,
        _ => true,
    };
}
