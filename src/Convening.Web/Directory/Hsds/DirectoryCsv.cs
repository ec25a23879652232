using System.Text;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Web.OrganisationDirectory.Hsds;

/// <summary>
/// The directory as CSV (RFC 4180: CRLF, fields quoted where they hold a comma, quote or line
/// break), one row per organisation. A cell that a spreadsheet would read as a formula (starting
/// with = + - @, a tab or a carriage return) is prefixed with an apostrophe so it stays text.
/// </summary>
public static class DirectoryCsv
{
    public static readonly string[] Columns =
        ["id", "name", "kind", "website", "email", "phone", "places", "sectors", "people_served", "approaches", "services", "assured_date"];

    public static string Header => Row(Columns);

    public static string Row(DirectoryDocument document, IReadOnlyDictionary<string, string> placeNames)
    {
        var c = document.Content;
        return Row(
        [
            document.Id, c.Name, DirectoryTaxonomy.Kinds[(int)c.Kind].Name, c.Website, c.Email, c.Phone,
            List(c.Places.Select(p => placeNames.GetValueOrDefault(p) ?? p)),
            List(c.Sectors.Select(HsdsVocabulary.SectorName)),
            List(c.PeopleServed.Select(p => DirectoryTaxonomy.Find(DirectoryTaxonomy.PeopleServed, p)?.Name ?? p)),
            List(c.Approaches.Select(a => DirectoryTaxonomy.Find(DirectoryTaxonomy.Approaches, a.Approach)?.Name ?? a.Approach)),
            List(c.Services.Select(s => s.Name)),
            document.AssuredAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ]);
    }

    public static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private static string Row(IEnumerable<string> cells) => new StringBuilder().AppendJoin(',', cells.Select(Cell)).Append("\r\n").ToString();

    private static string List(IEnumerable<string> values) => string.Join("; ", values);
}
