using System.Globalization;
using System.Text.RegularExpressions;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Web.People;

namespace Convening.Web.OrganisationDirectory;

/// <summary>How the directory's codes read to people: facet labels, kinds, answers and dates.</summary>
public static partial class DirectoryText
{
    public const int SummaryLength = 200;

    private static readonly Markdig.MarkdownPipeline PlainPipeline = Markdig.MarkdownExtensions.DisableHtml(new Markdig.MarkdownPipelineBuilder()).Build();

    /// <summary>The value the search index holds for a sector.</summary>
    public static string SectorValue(Sector sector) => sector.ToString();

    public static Sector? ParseSector(string? value) =>
        Enum.TryParse<Sector>(value, ignoreCase: false, out var sector) && Enum.IsDefined(sector) && SectorValue(sector) == value ? sector : null;

    /// <summary>A facet value's label; place slugs are looked up in <paramref name="places"/>, falling back to the slug.</summary>
    public static string Label(string facet, string value, IReadOnlyDictionary<string, string> places) => facet switch
    {
        Facets.Place => places.GetValueOrDefault(value) ?? value,
        Facets.Approach => Term(DirectoryTaxonomy.Approaches, value),
        Facets.Sector => ParseSector(value) is { } s ? Sectors.Name(s) : value,
        Facets.PeopleServed => Term(DirectoryTaxonomy.PeopleServed, value),
        _ => value,
    };

    public static string Term(IReadOnlyList<Term> terms, string code) => DirectoryTaxonomy.Find(terms, code)?.Name ?? code;

    public static string Kind(OrganisationKind kind) => DirectoryTaxonomy.Kinds[(int)kind].Name;

    public static string Answer(SelfAssessmentAnswer answer) => answer switch
    {
        SelfAssessmentAnswer.NotYet => "Not yet",
        SelfAssessmentAnswer.Sometimes => "Sometimes",
        SelfAssessmentAnswer.Mostly => "Mostly",
        _ => "Always",
    };

    /// <summary>Where an entry is in review, as its editors and the moderators read it.</summary>
    public static string Status(OrganisationView entry) => (entry.Status, entry.PendingStatus) switch
    {
        (EntryStatus.Published, EntryStatus.Submitted) => "Published, with a change waiting for review",
        (EntryStatus.Published, EntryStatus.Returned) => "Published; the change was sent back with comments",
        (EntryStatus.Published, _) => "Published",
        (EntryStatus.Submitted, _) => "Waiting for review",
        (EntryStatus.Returned, _) => "Sent back with comments",
        (EntryStatus.Draft, _) => "Draft: not sent for review",
        _ => "Withdrawn from the directory",
    };

    public static string Date(DateTimeOffset at) => at.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The description as plain text, cut at a word near <see cref="SummaryLength"/> characters.</summary>
    public static string Summary(string markdown)
    {
        var text = Spaces().Replace(Markdig.Markdown.ToPlainText(markdown ?? "", PlainPipeline), " ").Trim();
        if (text.Length <= SummaryLength)
            return text;
        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > SummaryLength / 2 ? cut : SummaryLength)].TrimEnd(',', '.', ';', ':', ' ') + "…";
    }

    public static string Plural(int count, string one, string many) => $"{count:N0} {(count == 1 ? one : many)}";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
