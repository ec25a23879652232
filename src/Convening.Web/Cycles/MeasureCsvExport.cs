using System.Globalization;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Web.Hosting;
using Convening.Web.Identity;

namespace Convening.Web.Cycles;

/// <summary>
/// GET /cycles/{id}/measures/{measureId}/csv: a measure's data as "date,value" rows, the same
/// format the upload reads, so data can go out to a spreadsheet and back. Members only.
/// </summary>
public static class MeasureCsvExport
{
    public static IEndpointRouteBuilder MapConveningCycles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cycles/{id}/measures/{measureId}/csv", Export);
        return endpoints;
    }

    private static async Task<IResult> Export(string id, string measureId, HttpContext http, IGrainFactory grains)
    {
        if (!Guid.TryParseExact(id, "N", out _))
            return Results.NotFound();
        CycleView cycle;
        try
        {
            cycle = await grains.GetGrain<ILearningCycleGrain>(id).Get(http.User.PersonId());
        }
        catch (ConveningException e)
        {
            return e.Kind == ErrorKind.Unauthenticated ? Results.Challenge() : Results.StatusCode(ErrorStatus.For(e.Kind));
        }
        if (cycle.Measures.FirstOrDefault(m => m.Id == measureId) is not { } measure)
            return Results.NotFound();
        return Results.File(Encoding.UTF8.GetBytes(Csv(measure)), "text/csv; charset=utf-8", FileName(measure));
    }

    public static string Csv(Measure measure)
    {
        var csv = new StringBuilder("date,value\n");
        foreach (var point in measure.Points)
            csv.Append(point.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(point.Value.ToString(CultureInfo.InvariantCulture)).Append('\n');
        return csv.ToString();
    }

    private static string FileName(Measure measure) => (Check.SlugFrom(measure.Name) is { Length: > 0 } slug ? slug : "measure") + ".csv";
}
