using System.Text;
using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Web.Hosting;
using Convening.Web.Identity;

namespace Convening.Web.Cycles;

/// <summary>
/// GET /cycles/{id}/measures/{measureId}/csv: a measure's chart in NHSRplotthedots' columns
/// (<see cref="SpcCsv"/>), which the upload reads back, so data can go out to R or a spreadsheet and
/// back. Members only.
/// </summary>
public static class MeasureCsvExport
{
    public static IEndpointRouteBuilder MapConveningCycles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cycles/{id}/measures/{measureId}/csv", Export).WithDomainErrors();
        return endpoints;
    }

    private static async Task<IResult> Export(string id, string measureId, HttpContext http, IGrainFactory grains)
    {
        if (!Guid.TryParseExact(id, "N", out _))
            return Results.NotFound();
        var cycle = await grains.GetGrain<ILearningCycleGrain>(id).Get(http.User.PersonId());
        if (cycle.Measures.FirstOrDefault(m => m.Id == measureId) is not { } measure)
            return Results.NotFound();
        return Results.File(Encoding.UTF8.GetBytes(Csv(measure)), "text/csv; charset=utf-8", FileName(measure));
    }

    public static string Csv(Measure measure) => SpcCsv.Write(measure.Name, measure.Points, measure.Chart());

    private static string FileName(Measure measure) => (Check.SlugFrom(measure.Name) is { Length: > 0 } slug ? slug : "measure") + ".csv";
}
