using Convening.Contracts;
using Convening.Contracts.Groups;

namespace Convening.Web.Pages.Groups;

/// <summary>What each agency says, typed one per line as "Agency: term".</summary>
public static class GlossaryText
{
    public const string FieldId = "agency-terms";

    /// <summary>Where the grain's glossary refusals belong on a glossary form.</summary>
    public static IReadOnlyDictionary<string, string> ErrorFields { get; } = new Dictionary<string, string>
    {
        ["glossary.duplicate-term"] = "agreed-term",
        ["glossary.too-many-agency-terms"] = FieldId,
        ["agency"] = FieldId,
        ["term"] = FieldId,
    };

    public static IReadOnlyList<AgencyTerm> Parse(string? text)
    {
        var lines = (text ?? "").Split('\n').Select((line, i) => (Text: line.Trim(), Number: i + 1)).Where(l => l.Text.Length > 0);
        return [.. lines.Select(l =>
        {
            var colon = l.Text.IndexOf(':');
            return colon > 0 && l.Text[(colon + 1)..].Trim().Length > 0
                ? new AgencyTerm(l.Text[..colon].Trim(), l.Text[(colon + 1)..].Trim())
                : throw new ConveningException($"{FieldId}.bad-line",
                    $"Line {l.Number}, “{l.Text}”, needs an agency, a colon and the agency’s term, like “NHS: patient”.");
        })];
    }

    public static string Format(IEnumerable<AgencyTerm> terms) =>
        string.Join("\n", terms.Select(t => $"{t.Agency}: {t.Term}"));
}
