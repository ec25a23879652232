using Convening.Contracts;
using Convening.Contracts.LifePictures;

namespace Convening.Web.LifePictures;

/// <summary>
/// The commissioner's overlaps of funding streams (decision 0044): an UpSet chart of the shown
/// combinations and a Venn of up to three chosen streams, both drawn from the one suppressed table,
/// with the tables and CSV giving the same figures.
/// </summary>
public sealed class FundingOverlaps
{
    public required PlaceTotals Totals { get; init; }
    public required IReadOnlyDictionary<string, string> Names { get; init; }
    public required IReadOnlyList<string> Chosen { get; init; }
    public VennTotals? Venn { get; init; }
    public string? VennError { get; init; }

    /// <summary>Reads the Venn for the chosen streams; none chosen: the three most drawn on.</summary>
    public static async Task<FundingOverlaps> Load(IGrainFactory grains, string slug, string? callerId, PlaceTotals totals,
        IReadOnlyDictionary<string, string> names, IReadOnlyList<string>? chosen)
    {
        var asked = chosen is { Count: > 0 }
            ? chosen.Distinct().ToList()
            : [.. totals.Streams.OrderByDescending(s => s.People ?? 1).ThenBy(s => s.StreamId, StringComparer.Ordinal).Take(3).Select(s => s.StreamId)];
        try
        {
            var venn = asked.Count == 0 ? null : await grains.GetGrain<ILifePictureTotalsGrain>(slug).Venn(asked, callerId);
            return new FundingOverlaps { Totals = totals, Names = names, Chosen = asked, Venn = venn };
        }
        catch (ConveningException e) when (e.Code is "totals.venn-streams" or "funding.stream-not-found")
        {
            return new FundingOverlaps { Totals = totals, Names = names, Chosen = asked, VennError = e.Message };
        }
    }

    public string Name(string streamId) => Names.TryGetValue(streamId, out var name) ? name : streamId;

    /// <summary>"In Access to Work and ILF, not Work Choice", or "In none of them".</summary>
    public string RegionName(VennRegion region)
    {
        if (region.In.Count == 0)
            return Venn!.StreamIds.Count == 1 ? $"Not in {Name(Venn.StreamIds[0])}" : "In none of them";
        var outside = Venn!.StreamIds.Where(s => !region.In.Contains(s)).ToList();
        var text = (region.In.Count == 1 ? "Only " : "") + string.Join(" and ", region.In.Select(Name));
        return outside.Count == 0 || region.In.Count == 1 ? text : $"{text}, not {string.Join(" or ", outside.Select(Name))}";
    }

    public UpSetLayout UpSet() => new(this);

    public VennLayout? VennChart() => Venn is null ? null : new VennLayout(this);

    public static string Figure(int? people) => HiddenFigure.Text(people);
}

/// <summary>Coordinates for the UpSet chart: bars for each shown combination above a dot matrix of streams, set sizes on the left.</summary>
public sealed class UpSetLayout
{
    public const double NameWidth = 210, SizeWidth = 130, Column = 46, BarTop = 30, BarHeight = 150, Row = 30;

    public UpSetLayout(FundingOverlaps o)
    {
        Streams = [.. o.Totals.Streams.Select((s, i) => new UpSetStream(o.Name(s.StreamId), s.People, MatrixTop + i * Row + Row / 2))];
        var columns = o.Totals.Combinations.Select(c => (Label: FundingOverlaps.Figure(c.People), Size: c.People, In: c.StreamIds, Others: false)).ToList();
        if (o.Totals.OtherCombinations is not 0)
            columns.Add((FundingOverlaps.Figure(o.Totals.OtherCombinations), o.Totals.OtherCombinations ?? 0, Array.Empty<string>(), true));
        var most = Math.Max(1, columns.Select(c => c.Size).DefaultIfEmpty(1).Max());
        var ids = o.Totals.Streams.Select(s => s.StreamId).ToList();
        Columns = [.. columns.Select((c, i) =>
        {
            var x = MatrixLeft + i * Column + Column / 2;
            var height = c.Size * BarHeight / most;
            var dots = ids.Select((id, r) => new UpSetDot(Streams[r].Y, c.In.Contains(id))).ToList();
            var on = dots.Where(d => d.On).Select(d => d.Y).ToList();
            return new UpSetColumn(x, BarTop + BarHeight - height, height, c.Label, c.Others, dots, on.Count > 1 ? on.Min() : 0, on.Count > 1 ? on.Max() : 0);
        })];
        var biggest = Math.Max(1, Streams.Select(s => s.People ?? 0).DefaultIfEmpty(1).Max());
        foreach (var s in Streams)
            s.Width = (s.People ?? 0) * (SizeWidth - 40) / biggest;
        Width = MatrixLeft + Math.Max(1, Columns.Count) * Column + 10;
        Height = MatrixTop + Streams.Count * Row + 30;
    }

    public static double MatrixLeft => NameWidth + SizeWidth;
    public static double MatrixTop => BarTop + BarHeight + 30;
    public IReadOnlyList<UpSetStream> Streams { get; }
    public IReadOnlyList<UpSetColumn> Columns { get; }
    public double Width { get; }
    public double Height { get; }

    public static string N(double v) => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record UpSetStream(string Name, int? People, double Y)
{
    public double Width { get; set; }
}

public sealed record UpSetDot(double Y, bool On);

public sealed record UpSetColumn(double X, double BarY, double BarHeight, string Label, bool Others, IReadOnlyList<UpSetDot> Dots, double LineFrom, double LineTo);

/// <summary>Circles and region labels for a Venn of one, two or three streams.</summary>
public sealed class VennLayout
{
    public const double Width = 520, Height = 400;

    private static readonly (double X, double Y)[][] Centres =
    [
        [(260, 200)],
        [(205, 200), (315, 200)],
        [(215, 165), (305, 165), (260, 245)],
    ];

    public VennLayout(FundingOverlaps o)
    {
        var venn = o.Venn!;
        var n = venn.StreamIds.Count;
        Radius = n == 3 ? 105 : 120;
        Circles = [.. venn.StreamIds.Select((id, i) =>
        {
            var (x, y) = Centres[n - 1][i];
            var below = n == 3 && i == 2;
            var labelX = n == 1 ? x : i == 0 ? x - Radius * 0.4 : i == 1 ? x + Radius * 0.4 : x;
            return new VennCircle(x, y, o.Name(id), labelX, below ? y + Radius + 24 : y - Radius - 12, i + 1);
        })];
        Labels = [.. venn.Regions.Select(r => Place(venn, r))];
    }

    public double Radius { get; }
    public IReadOnlyList<VennCircle> Circles { get; }
    public IReadOnlyList<VennLabel> Labels { get; }

    private VennLabel Place(VennTotals venn, VennRegion region)
    {
        var text = FundingOverlaps.Figure(region.People);
        if (region.In.Count == 0)
            return new VennLabel(16, Height - 16, "outside " + text, "start");
        var inside = venn.StreamIds.Select((s, i) => (s, i)).Where(x => region.In.Contains(x.s)).Select(x => Circles[x.i]).ToList();
        var outside = venn.StreamIds.Select((s, i) => (s, i)).Where(x => !region.In.Contains(x.s)).Select(x => Circles[x.i]).ToList();
        // The middle of the circles it is in, pushed away from those it is not in.
        var x = inside.Average(c => c.X);
        var y = inside.Average(c => c.Y);
        foreach (var c in outside)
        {
            var (dx, dy) = (x - c.X, y - c.Y);
            var length = Math.Max(1, Math.Sqrt(dx * dx + dy * dy));
            x += dx / length * Radius * 0.35;
            y += dy / length * Radius * 0.35;
        }
        return new VennLabel(x, y + 5, text, "middle");
    }
}

public sealed record VennCircle(double X, double Y, string Name, double LabelX, double LabelY, int Number);

public sealed record VennLabel(double X, double Y, string Text, string Anchor);
