using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Convening.Web.Tests.Gatherings;
using static Convening.Web.Tests.MatrixActions;

namespace Convening.Web.Tests.Cycles;

/// <summary>
/// The cycle and measure pages' forms that the authorization matrix tries: adding, correcting and removing
/// data points, chart settings, recalculations (the cycle's steward, here the convenor, only), and putting a
/// new signal on the cycle's board or the next gathering's agenda. Each run changes something of its own
/// (a fresh date or number), so that whether it happened can be told apart from the runs before it.
/// </summary>
public static class CycleMatrixActions
{
    private static readonly DateOnly Start = new(2025, 1, 6);
    private static readonly ConditionalWeakTable<AuthorizationMatrixFixture, Task<MatrixCycle>> Cycles = [];
    private static int _counter;

    public static IEnumerable<KeyValuePair<string, Spec>> Pages => new Dictionary<string, Spec>
    {
        ["addDataPointPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var c = await Cycle(f);
            var date = Start.AddDays(7 * MatrixCycle.Weeks + Next());
            var reply = await f.Page(who, c.MeasurePath + "?handler=Point",
                ("point-date-day", $"{date.Day}"), ("point-date-month", $"{date.Month}"), ("point-date-year", $"{date.Year}"), ("value", "12"));
            return new(reply, async () => (await c.Points(f)).ContainsKey(date));
        }),
        ["correctDataPointPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var c = await Cycle(f);
            var value = 1000 + Next();
            var date = Start.AddDays(7 * (value % MatrixCycle.Weeks));
            var reply = await f.Page(who, c.MeasurePath + "?handler=Correct", ("point", $"{date:yyyy-MM-dd}"), ("corrected-value", $"{value}"), ("reason", "Typed wrongly"));
            return new(reply, async () => (await c.Points(f))[date] == value);
        }),
        ["removeDataPointPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var c = await Cycle(f);
            var date = Start.AddDays(-1 - Next());
            (await f.Convenor.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
                new { i = new { cycleId = c.CycleId, measureId = c.MeasureId, points = new[] { new { date = $"{date:yyyy-MM-dd}", value = 11 } } } })).ShouldSucceed();
            var reply = await f.Page(who, c.MeasurePath + "?handler=RemovePoint", ("point", $"{date:yyyy-MM-dd}"), ("reason", "Counted twice"));
            return new(reply, async () => !(await c.Points(f)).ContainsKey(date));
        }),
        ["chartSettingsPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var c = await Cycle(f);
            var target = 100 + Next();
            var reply = await f.Page(who, c.MeasurePath + "?handler=Settings",
                ("direction", "Decrease"), ("target", $"{target}"), ("baseline", "20"), ("kind", "Xmr"), ("settings-reason", "Agreed a target"));
            return new(reply, async () => (await c.Measure(f))["target"]?.GetValue<double>() == target);
        }),
        ["recalculatePage"] = new(Allowed.Convenors, async (f, who) =>
        {
            var c = await Cycle(f);
            var from = Start.AddDays(7 * (2 + Next() % (MatrixCycle.Weeks - 4)));
            var reply = await f.Page(who, c.MeasurePath + "?handler=Recalculate",
                ("from-day", $"{from.Day}"), ("from-month", $"{from.Month}"), ("from-year", $"{from.Year}"),
                ("recalculation-reason", "The named worker started"), ("experiment", ""), ("decision", "Agreed at the gathering"));
            return new(reply, async () => (await c.Measure(f))["recalculations"]!.AsArray().Any(r => r!["from"]!.GetValue<string>() == $"{from:yyyy-MM-dd}"));
        }),
        ["signalToBoardPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var c = await Cycle(f);
            var before = await c.BoardVersion(f);
            var reply = await f.Page(who, $"/cycles/{c.CycleId}?handler=AskSignal", ("measure", c.SignalMeasureId));
            return new(reply, async () => await c.BoardVersion(f) > before);
        }),
        ["signalToAgendaPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var c = await Cycle(f);
            var before = (await MeasureData.Agenda(f.Convenor, c.GatheringId)).Count;
            var reply = await f.Page(who, $"/cycles/{c.CycleId}?handler=AgendaSignal", ("measure", c.SignalMeasureId));
            return new(reply, async () => (await MeasureData.Agenda(f.Convenor, c.GatheringId)).Count > before);
        }),
    };

    private static int Next() => Interlocked.Increment(ref _counter);

    /// <summary>The matrix group's one cycle, arranged the first time an action needs it.</summary>
    private static Task<MatrixCycle> Cycle(AuthorizationMatrixFixture f)
    {
        lock (Cycles)
            return Cycles.GetValue(f, MatrixCycle.Arrange);
    }

    /// <summary>A cycle stewarded by the group's convenor: a measure of weekly points, a measure with a new signal, and a gathering next week.</summary>
    private sealed record MatrixCycle(string CycleId, string MeasureId, string SignalMeasureId, string BoardId, string GatheringId)
    {
        public const int Weeks = 40;

        public string MeasurePath => $"/cycles/{CycleId}/measures/{MeasureId}";

        public static async Task<MatrixCycle> Arrange(AuthorizationMatrixFixture f)
        {
            var scenario = new CycleScenario("", f.GroupId, f.Convenor, f.Member, f.Observer, f.Outsider);
            var cycleId = await scenario.StartCycle(f.Convenor);
            var measureId = await scenario.AddMeasure(f.Convenor, cycleId, "Weekly waits");
            await MeasureData.AddPoints(f.Convenor, cycleId, measureId, [.. Enumerable.Range(0, Weeks).Select(i => 10.0 + i % 3)]);
            var signalId = await scenario.AddMeasure(f.Convenor, cycleId, "Signalling");
            await MeasureData.AddPoints(f.Convenor, cycleId, signalId, MeasureData.NewSignal);
            var gathering = await GatheringApi.Plan(f.Convenor, f.GroupId, title: "Matrix check-in");
            await GatheringApi.Schedule(f.Convenor, gathering, GatheringApi.NextWeekInLondon());
            return new MatrixCycle(cycleId, measureId, signalId, "cycle-" + cycleId, gathering);
        }

        public async Task<JsonNode> Measure(AuthorizationMatrixFixture f) =>
            (await f.Convenor.Api.Post("query($id: ID!) { cycle(id: $id) { measures { id target recalculations { from } points { date value } } } }", new { id = CycleId }))
                .ShouldSucceed().Data!["cycle"]!["measures"]!.AsArray().Single(m => m!["id"]!.GetValue<string>() == MeasureId)!;

        public async Task<Dictionary<DateOnly, double>> Points(AuthorizationMatrixFixture f) =>
            (await Measure(f))["points"]!.AsArray().ToDictionary(p => DateOnly.Parse(p!["date"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), p => p!["value"]!.GetValue<double>());

        public async Task<int> BoardVersion(AuthorizationMatrixFixture f) =>
            (await f.Convenor.Api.Post("query($id: ID!) { board(id: $id) { version } }", new { id = BoardId })).ShouldSucceed().Data!["board"]!["version"]!.GetValue<int>();
    }
}
