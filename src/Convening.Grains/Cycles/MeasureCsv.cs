using System.Globalization;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// Reads a measure's rows as people export them: plain "date,value" rows from a spreadsheet (an
/// optional header, ISO or UK dates, quoted cells, trailing empty cells and blank lines), or a file in
/// NHSRplotthedots' columns (ours, or ptd_spc's output), found by its header: the date is "x" or
/// "date", the value "y" or "value", optional "numerator" and "denominator" feed p- and u-charts, and
/// "f" (the measure) must be the same on every row. The columns the chart works out (mean_col, lpl,
/// point_type, …) are worked out again, not read. Every bad row is reported (rows counted from 1, as a
/// spreadsheet numbers them); the caller imports nothing then.
/// </summary>
internal static class MeasureCsv
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];
    private const NumberStyles Numbers = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static (List<DataPoint> Points, List<CsvProblem> Problems) Read(string csv, Func<DataPoint, (DataPoint? Point, string? Code, string? Message)> check)
    {
        if (Encoding.UTF8.GetByteCount(csv) > CycleLimits.CsvBytes)
            throw new ConveningException("csv.too-large", $"The file must be {CycleLimits.CsvBytes / 1024} KB or smaller.");
        var points = new List<DataPoint>();
        var problems = new List<CsvProblem>();
        var seen = new Dictionary<DateOnly, int>();
        var lines = csv.TrimStart('\uFEFF').Split('\n');
        Columns? columns = null;
        string? facet = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var row = i + 1;
            var cells = Cells(lines[i].TrimEnd('\r'), columns?.Width ?? 2);
            if (cells is [""])
                continue;
            if (columns is null)
            {
                columns = Columns.FromHeader(cells);
                if (columns is not null)
                    continue;
                columns = Columns.Plain;
            }
            if (points.Count + problems.Count >= CycleLimits.PointsPerMeasure)
                throw new ConveningException("csv.too-many-rows", $"A file can have at most {CycleLimits.PointsPerMeasure:N0} rows.");
            var (read, problem) = ReadRow(row, cells, columns, seen, ref facet);
            if (problem is not null)
                problems.Add(problem);
            else
            {
                var (point, code, message) = check(read!);
                if (point is not null)
                    points.Add(point);
                else
                    problems.Add(new CsvProblem(row, code!.Replace("measure.", "csv.", StringComparison.Ordinal), $"Row {row}: {message}"));
            }
        }
        if (points.Count + problems.Count == 0)
            throw new ConveningException("csv.empty", "The file has no rows. Each row needs a date and a value, like 2024-01-31,12 (year-month-day).");
        return (points, problems);
    }

    private static (DataPoint?, CsvProblem?) ReadRow(int row, List<string> cells, Columns columns, Dictionary<DateOnly, int> seen, ref string? facet)
    {
        if (cells.Count != columns.Width)
            return (null, new(row, "csv.wrong-columns", columns == Columns.Plain
                ? $"Row {row} has {cells.Count} columns. Each row needs a date and a value, like 2024-01-31,12 (year-month-day)."
                : $"Row {row} has {cells.Count} columns, but the first row names {columns.Width}."));
        if (!DateOnly.TryParseExact(cells[columns.Date], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (null, new(row, "csv.bad-date", $"Row {row}: '{Clip(cells[columns.Date])}' is not a date. Write dates as year-month-day or day/month/year, like 2024-01-31 or 31/01/2024."));
        if (date < CycleLimits.EarliestDate || date > CycleLimits.LatestDate)
            return (null, new(row, "csv.date-out-of-range", $"Row {row}: {date:yyyy-MM-dd} is not between {CycleLimits.EarliestDate:yyyy} and {CycleLimits.LatestDate:yyyy}."));
        if (columns.Facet >= 0 && (facet ??= cells[columns.Facet]) != cells[columns.Facet])
            return (null, new(row, "csv.several-measures", $"Row {row} is for '{Clip(cells[columns.Facet])}', but the rows before it are for '{Clip(facet)}'. Upload one measure's rows at a time."));
        double? numerator = null, denominator = null;
        if (columns.Numerator >= 0 && !Optional(cells[columns.Numerator], out numerator))
            return (null, NotANumber(row, cells[columns.Numerator]));
        if (columns.Denominator >= 0 && !Optional(cells[columns.Denominator], out denominator))
            return (null, NotANumber(row, cells[columns.Denominator]));
        // A proportion's value is worked out from its numerator and denominator, so there it may be NA.
        var fraction = numerator is not null || denominator is not null;
        if (!double.TryParse(cells[columns.Value], Numbers, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            if (!fraction)
                return (null, NotANumber(row, cells[columns.Value]));
            value = double.NaN;
        }
        if (seen.TryGetValue(date, out var earlier))
            return (null, new(row, "csv.duplicate-date", $"Row {row}: {date:yyyy-MM-dd} is already on row {earlier}. A measure has one value per date."));
        seen[date] = row;
        return (new DataPoint(date, value, numerator, denominator), null);
    }

    private static bool Optional(string cell, out double? number)
    {
        number = null;
        if (cell.Length == 0 || cell == "NA")
            return true;
        if (!double.TryParse(cell, Numbers, CultureInfo.InvariantCulture, out var n) || !double.IsFinite(n))
            return false;
        number = n;
        return true;
    }

    private static CsvProblem NotANumber(int row, string cell) =>
        new(row, "csv.bad-number", $"Row {row}: '{Clip(cell)}' is not a number. Write numbers like 12 or 12.5, without commas or units.");

    /// <summary>Splits one line into trimmed cells; double quotes may wrap a cell and "" is a quote. Empty cells past <paramref name="width"/> are dropped.</summary>
    private static List<string> Cells(string line, int width)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                cell.Append(line[++i]);
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
                cell.Append(c);
        }
        cells.Add(cell.ToString().Trim());
        while (cells.Count > Math.Max(1, width) && cells[^1].Length == 0)
            cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;

    /// <summary>Where each column the import reads is (-1 where the file has none), and how many columns a row has.</summary>
    private sealed record Columns(int Width, int Date, int Value, int Numerator, int Denominator, int Facet)
    {
        public static readonly Columns Plain = new(2, 0, 1, -1, -1, -1);

        /// <summary>The columns a header row names; null when the row is data, not a header.</summary>
        public static Columns? FromHeader(List<string> cells)
        {
            int Find(params string[] names) => cells.FindIndex(c => names.Contains(c, StringComparer.OrdinalIgnoreCase));
            var date = Find("date", "x");
            var value = Find("value", "y");
            if (date < 0 && value < 0)
                return null;
            if (date < 0 || value < 0)
                throw new ConveningException("csv.bad-header", "The first row names the columns but not both the date (\"date\" or \"x\") and the value (\"value\" or \"y\").");
            return new(cells.Count, date, value, Find("numerator"), Find("denominator"), Find("f"));
        }
    }
}
