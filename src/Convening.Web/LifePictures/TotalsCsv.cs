using System.Globalization;
using System.Text;
using Convening.Contracts.LifePictures;

namespace Convening.Web.LifePictures;

/// <summary>
/// The commissioner's totals as one CSV (RFC 4180): the same suppressed figures as the page, a
/// hidden one written as <see cref="HiddenFigure.Word"/>, never a number.
/// </summary>
public static class TotalsCsv
{
    public static string Write(PlaceTotals totals, IReadOnlyDictionary<string, string> streamNames)
    {
        var csv = new StringBuilder("table,item,measure,people\r\n");
        void Row(string table, string item, string measure, int? people) =>
            csv.Append(CultureInfo.InvariantCulture, $"{Quote(table)},{Quote(item)},{Quote(measure)},{HiddenFigure.Text(people)}\r\n");
        Row("place", totals.PlaceSlug, "people counted", totals.People);
        foreach (var a in totals.Areas)
        {
            var area = LifeAreas.Name(a.Area);
            Row("life areas", area, "recorded", a.Recorded);
            Row("life areas", area, "not recorded", a.NotRecorded);
            Row("life areas", area, "with a goal", a.Wanting);
            Row("life areas", area, "no goal", a.NoGoal);
            Row("life areas", area, "support matches", a.Matches);
            Row("life areas", area, "support partly matches", a.PartlyMatches);
            Row("life areas", area, "support does not match", a.DoesNotMatch);
        }
        foreach (var g in totals.Gaps)
            Row("gaps", LifeAreas.Name(g.Area), "support matches partly or not at all", g.NotMatched);
        foreach (var c in totals.Combinations)
            Row("funding combinations", Combination(c.StreamIds, streamNames), "draw on exactly these", c.People);
        Row("funding combinations", "Other combinations, together", "draw on exactly these", totals.OtherCombinations);
        foreach (var s in totals.Streams)
            Row("funding streams", Name(s.StreamId, streamNames), "draw on this stream", s.People);
        return csv.ToString();
    }

    /// <summary>A Venn's regions, one row each, in the same columns.</summary>
    public static string WriteVenn(FundingOverlaps overlaps)
    {
        var csv = new StringBuilder("table,item,measure,people\r\n");
        foreach (var r in overlaps.Venn!.Regions)
            csv.Append(CultureInfo.InvariantCulture,
                $"{Quote("venn of " + string.Join(", ", overlaps.Venn.StreamIds.Select(overlaps.Name)))},{Quote(overlaps.RegionName(r))},{Quote("draw on exactly these of the chosen streams")},{HiddenFigure.Text(r.People)}\r\n");
        return csv.ToString();
    }

    /// <summary>
    /// The support plans' table by funding stream (decision 0043), a row per stream in the page's columns; money
    /// in pounds, and hidden wherever the page hides it.
    /// </summary>
    public static string WritePlans(Convening.Contracts.SupportPlans.PlanTotals totals, IReadOnlyDictionary<string, string> streamNames)
    {
        var csv = new StringBuilder("stream,people,spend (£),people taking cash,cash taken (£)\r\n");
        foreach (var s in totals.Streams)
            csv.Append(CultureInfo.InvariantCulture,
                $"{Quote(Name(s.StreamId, streamNames))},{HiddenFigure.Text(s.People)},{Pounds(s.SpendPence)},{HiddenFigure.Text(s.PeopleTakingCash)},{Pounds(s.CashTakenPence)}\r\n");
        return csv.ToString();
    }

    private static string Pounds(long? pence) => pence is { } p ? (p / 100m).ToString("0.00", CultureInfo.InvariantCulture) : HiddenFigure.Word;

    public static string Combination(IReadOnlyList<string> streamIds, IReadOnlyDictionary<string, string> names) =>
        streamIds.Count == 0 ? "None of the streams" : string.Join(" + ", streamIds.Select(s => Name(s, names)));

    private static string Name(string id, IReadOnlyDictionary<string, string> names) => names.TryGetValue(id, out var name) ? name : id;

    /// <summary>Quotes a field, and defuses a leading =, +, - or @ so a spreadsheet never runs it as a formula.</summary>
    private static string Quote(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal))
            value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
