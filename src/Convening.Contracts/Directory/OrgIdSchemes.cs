using System.Text.RegularExpressions;

namespace Convening.Contracts.OrganisationDirectory;

/// <summary>One org-id.guide list an identifier may come from, with the shape its identifiers have.</summary>
public sealed record OrgIdScheme(string Code, string Name, string IdentifierType, Regex Pattern, string Example);

/// <summary>
/// The org-id.guide lists (identifier schemes) entries may carry identifiers from: the UK lists in
/// standards/org-id/uk-schemes.tsv (CC BY 4.0, org-id.guide; see its SOURCE.md), shipped inside this assembly.
/// </summary>
public static class OrgIdSchemes
{
    public const int MaxPerEntry = 10;
    public const int MaxLength = 40;

    public static IReadOnlyList<OrgIdScheme> All { get; } = Load();

    public static OrgIdScheme? Find(string? code) => All.FirstOrDefault(s => string.Equals(s.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks and tidies an identifier (scheme in upper case, spaces dropped); errors say which register and shape.</summary>
    public static OrgIdentifier Check(string? scheme, string? identifier)
    {
        var known = Find(scheme)
            ?? throw new ConveningException("identifier.unknown-scheme", "Choose the register the identifier is from (one of the org-id.guide lists we accept).");
        var value = new string([.. (identifier ?? "").Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        if (value.Length == 0)
            throw new ConveningException("identifier.empty", $"Enter the {Lower(known.IdentifierType)}, or remove the identifier.");
        if (value.Length > MaxLength || !known.Pattern.IsMatch(value))
            throw new ConveningException("identifier.invalid", $"Enter a {Lower(known.IdentifierType)} like {known.Example}.");
        return new OrgIdentifier(known.Code, value);
    }

    /// <summary>"Company number" as "company number" in a sentence; "NHS ODS code" stays as it is.</summary>
    private static string Lower(string name) => name.Length > 1 && char.IsLower(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static List<OrgIdScheme> Load()
    {
        using var stream = typeof(OrgIdSchemes).Assembly.GetManifestResourceStream("Convening.OrgIdSchemes.tsv")
            ?? throw new InvalidOperationException("The org-id.guide scheme list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var schemes = new List<OrgIdScheme>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
                continue;
            var cells = line.Split('\t');
            schemes.Add(new OrgIdScheme(cells[0], cells[1], cells[2], new Regex(cells[3], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), cells[4]));
        }
        return schemes;
    }
}
