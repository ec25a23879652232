using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>The terms our HSDS attributes use beyond <see cref="DirectoryTaxonomy"/>, with their stable codes.</summary>
public static class HsdsVocabulary
{
    public static IReadOnlyList<Term> Sectors { get; } =
        [.. People.Sectors.InOrder.Select(s => new Term(SectorCode(s), People.Sectors.Name(s), $"Works in {People.Sectors.Name(s).ToLowerInvariant()}."))];

    public static IReadOnlyList<Term> Answers { get; } =
    [
        new("not-yet", "Not yet", "Our practice does not match this yet."),
        new("sometimes", "Sometimes", "Our practice sometimes matches this."),
        new("mostly", "Mostly", "Our practice mostly matches this."),
        new("always", "Always", "Our practice always matches this."),
    ];

    /// <summary>A sector's code, as the search's sector facet has it too ("SocialCare").</summary>
    public static string SectorCode(Sector sector) => sector.ToString();

    public static Sector? SectorFor(string code) =>
        code.All(char.IsAsciiLetter) && Enum.TryParse<Sector>(code, out var sector) && Enum.IsDefined(sector) ? sector : null;

    public static string SectorName(Sector sector) => People.Sectors.Name(sector);

    public static string AnswerCode(SelfAssessmentAnswer answer) => Answers[(int)answer].Code;

    public static SelfAssessmentAnswer? AnswerFor(string code) =>
        Answers.FindIndex(a => a.Code == code) is var i and >= 0 ? (SelfAssessmentAnswer)i : null;

    public static OrganisationKind? KindFor(string code) =>
        DirectoryTaxonomy.Kinds.FindIndex(k => k.Code == code) is var i and >= 0 ? (OrganisationKind)i : null;

    private static int FindIndex(this IReadOnlyList<Term> terms, Func<Term, bool> match)
    {
        for (var i = 0; i < terms.Count; i++)
            if (match(terms[i]))
                return i;
        return -1;
    }
}
