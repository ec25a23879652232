using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Cycles;

/// <summary>Data points and agendas for the chart tests, through the public API.</summary>
public static class MeasureData
{
    /// <summary>Twelve steady points then 15: the latest point is above the upper limit, a new signal.</summary>
    public static readonly double[] NewSignal = [4, 6, 5, 7, 5, 6, 4, 6, 5, 7, 5, 6, 15];

    public static async Task AddPoints(Person by, string cycleId, string measureId, double[] values)
    {
        var points = values.Select((v, i) => new { date = new DateOnly(2025, 1, 6).AddDays(7 * i).ToString("yyyy-MM-dd"), value = v }).ToArray();
        (await by.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId, points } })).ShouldSucceed();
    }

    public static async Task<List<string>> Agenda(Person convenor, string gatheringId) =>
        [.. (await GatheringApi.Get(convenor, gatheringId, "agenda { title }")).ShouldSucceed().Data!["gathering"]!["agenda"]!.AsArray().Select(i => i!["title"]!.GetValue<string>())];
}
