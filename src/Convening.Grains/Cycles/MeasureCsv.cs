using System.Globalization;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// Reads "date,value" rows as people export them from spreadsheets: an optional "date,value"
/// header, ISO or UK dates, quoted cells, trailing empty cells and blank lines. Every bad row is
/// reported (rows counted from 1, as a spreadsheet numbers them); the caller imports nothing then.
/// </summary>
internal static class MeasureCsv
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static (List<DataPoint> Points, List<CsvProblem> Problems) Read(string csv, Func<DataPoint, (DataPoint? Point, string? Code, string? Message)> check)
    {
        if (Encoding.UTF8.GetByteCount(csv) > CycleLimits.CsvBytes)
            throw new ConveningException("csv.too-large", $"The file must be {CycleLimits.CsvBytes / 1024} KB or smaller.");
        var points = new List<DataPoint>();
        var problems = new List<CsvProblem>();
        var seen = new Dictionary<DateOnly, int>();
        var lines = csv.TrimStart('\uFEFF').Split('\n');
        var first = true;
        for (var i = 0; i < lines.Length; i++)
        {
            var row = i + 1;
            var cells = Cells(lines[i].TrimEnd('\r'));
            if (cells is [""])
                continue;
            if (first && cells[0].Equals("date", StringComparison.OrdinalIgnoreCase))
            {
                first = false;
                continue;
            }
            first = false;
            if (points.Count + problems.Count >= CycleLimits.PointsPerMeasure)
                throw new ConveningException("csv.too-many-rows", $"A file can have at most {CycleLimits.PointsPerMeasure:N0} rows.");
            if (ReadRow(row, cells, seen) is { } problem)
                problems.Add(problem);
            else
            {
                var read = new DataPoint(DateOnly.ParseExact(cells[0], DateFormats, CultureInfo.InvariantCulture), double.Parse(cells[1], CultureInfo.InvariantCulture));
                var (point, code, message) = check(read);
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

    private static CsvProblem? ReadRow(int row, List<string> cells, Dictionary<DateOnly, int> seen)
    {
        if (cells.Count != 2)
            return new(row, "csv.wrong-columns", $"Row {row} has {cells.Count} columns. Each row needs a date and a value, like 2024-01-31,12 (year-month-day).");
        if (!DateOnly.TryParseExact(cells[0], DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new(row, "csv.bad-date", $"Row {row}: '{Clip(cells[0])}' is not a date. Write dates as year-month-day or day/month/year, like 2024-01-31 or 31/01/2024.");
        if (date < CycleLimits.EarliestDate || date > CycleLimits.LatestDate)
            return new(row, "csv.date-out-of-range", $"Row {row}: {date:yyyy-MM-dd} is not between {CycleLimits.EarliestDate:yyyy} and {CycleLimits.LatestDate:yyyy}.");
        if (!double.TryParse(cells[1], NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            return new(row, "csv.bad-number", $"Row {row}: '{Clip(cells[1])}' is not a number. Write numbers like 12 or 12.5, without commas or units.");
        if (seen.TryGetValue(date, out var earlier))
            return new(row, "csv.duplicate-date", $"Row {row}: {date:yyyy-MM-dd} is already on row {earlier}. A measure has one value per date.");
        seen[date] = row;
        return null;
    }

    /// <summary>Splits one line into trimmed cells; double quotes may wrap a cell and "" is a quote.</summary>
    private static List<string> Cells(string line)
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
        while (cells.Count > 2 && cells[^1].Length == 0)
            cells.RemoveAt(cells.Count - 1);
        return cells;
    }

    private static string Clip(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
