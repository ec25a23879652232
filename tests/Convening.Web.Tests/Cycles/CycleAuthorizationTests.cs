using System.Text.Json.Nodes;

namespace Convening.Web.Tests.Cycles;

/// <summary>Every role against every kind of cycle change, through GraphQL: refused changes leave no trace.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class CycleAuthorizationTests(WebAppFixture app)
{
    private static readonly string[] Roles = ["anonymous", "outsider", "observer", "member", "convenor"];

    /// <summary>Each change, who may make it, and how to see on the cycle that it was made.</summary>
    private static readonly Dictionary<string, (string[] Allowed, string Mutation, Func<Arranged, object> Input, Func<JsonNode, bool> Made)> Changes = new()
    {
        ["updateCycle"] = (["member", "convenor"], "mutation($i: UpdateCycleInput!) { updateCycle(input: $i) { cycle { id } } }",
            a => new { cycleId = a.CycleId, question = "Changed question" }, c => c["question"]!.GetValue<string>() == "Changed question"),
        ["moveStage"] = (["convenor"], "mutation($i: MoveStageInput!) { moveStage(input: $i) { cycle { id } } }",
            a => new { cycleId = a.CycleId, stage = "PLAN" }, c => c["stage"]!.GetValue<string>() == "PLAN"),
        ["recordStageOutput"] = (["member", "convenor"], "mutation($i: RecordStageOutputInput!) { recordStageOutput(input: $i) { cycle { id } } }",
            a => new { cycleId = a.CycleId, stage = "UNDERSTAND", output = "Noticed" }, c => c["stages"]![0]!["output"]!.GetValue<string>() == "Noticed"),
        ["addExperiment"] = (["member", "convenor"], "mutation($i: AddExperimentInput!) { addExperiment(input: $i) { experiment { id } } }",
            a => new { cycleId = a.CycleId, plan = new { change = "Named worker" } }, c => c["experiments"]!.AsArray().Count == 2),
        ["addMeasure"] = (["member", "convenor"], "mutation($i: AddMeasureInput!) { addMeasure(input: $i) { measure { id } } }",
            a => new { cycleId = a.CycleId, name = "Calls", higherIsBetter = false }, c => Measures(c).Count == 3),
        ["logDemand"] = (["member", "convenor"], "mutation($i: LogDemandInput!) { logDemand(input: $i) { demandEntry { id } } }",
            a => new { cycleId = a.CycleId, date = "2025-01-06", words = "Chasing", kind = "FAILURE" }, c => c["demand"]!.AsArray().Count == 2),
        ["editMeasure"] = (["member", "convenor"], "mutation($i: EditMeasureInput!) { editMeasure(input: $i) { measure { id } } }",
            a => new { cycleId = a.CycleId, measureId = a.MeasureId, name = "Renamed", direction = "NEITHER", chartKind = "XMR", reason = "Agreed" },
            c => Waiting(c) is null),
        ["removeMeasure"] = (["convenor"], "mutation($i: RemoveMeasureInput!) { removeMeasure(input: $i) { cycle { id } } }",
            a => new { cycleId = a.CycleId, measureId = a.MeasureId, reason = "Not needed" }, c => Measures(c).Count == 1),
        ["correctDataPoint"] = (["member", "convenor"], "mutation($i: CorrectDataPointInput!) { correctDataPoint(input: $i) { measure { id } } }",
            a => new { cycleId = a.CycleId, measureId = a.MeasureId, date = "2025-01-06", point = new { date = "2025-01-06", value = 99 }, reason = "Typo" },
            c => Waiting(c)!["points"]![0]!["value"]!.GetValue<double>() == 99),
        ["removeDataPoint"] = (["member", "convenor"], "mutation($i: RemoveDataPointInput!) { removeDataPoint(input: $i) { measure { id } } }",
            a => new { cycleId = a.CycleId, measureId = a.MeasureId, date = "2025-01-06", reason = "Counted twice" },
            c => Waiting(c)!["points"]!.AsArray().Count == 11),
        ["recalculate"] = (["convenor"], "mutation($i: RecalculateInput!) { recalculate(input: $i) { measure { id } } }",
            a => new { cycleId = a.CycleId, measureId = a.MeasureId, date = "2025-02-03", reason = "Started", experimentId = a.ExperimentId },
            c => Waiting(c)!["recalculations"]!.AsArray().Count == 2),
        ["removeRecalculation"] = (["convenor"], "mutation($i: RemoveRecalculationInput!) { removeRecalculation(input: $i) { measure { id } } }",
            a => new { cycleId = a.CycleId, measureId = a.MeasureId, date = "2025-03-03", reason = "Wrong date" },
            c => Waiting(c)!["recalculations"]!.AsArray().Count == 0),
        ["correctDemand"] = (["member", "convenor"], "mutation($i: CorrectDemandInput!) { correctDemand(input: $i) { demandEntry { id } } }",
            a => new { cycleId = a.CycleId, entryId = a.EntryId, date = "2025-01-07", words = "Corrected words", kind = "VALUE", reason = "Misheard" },
            c => c["demand"]![0]!["words"]!.GetValue<string>() == "Corrected words"),
        ["removeDemand"] = (["member", "convenor"], "mutation($i: RemoveDemandInput!) { removeDemand(input: $i) { cycle { id } } }",
            a => new { cycleId = a.CycleId, entryId = a.EntryId, reason = "Wrong cycle" }, c => c["demand"]!.AsArray().Count == 0),
    };

    /// <summary>The group and its people, arranged once for every case of the class (xunit makes a class instance per case).</summary>
    private sealed record People(CycleScenario Scenario, Person Steward);

    private static readonly SharedOnce<People> Shared = new();

    /// <summary>What the steward set up before each change: a measure with twelve weekly points and one recalculation, an experiment, a demand entry.</summary>
    public sealed record Arranged(string CycleId, string MeasureId, string ExperimentId, string EntryId);

    private static JsonArray Measures(JsonNode cycle) => cycle["measures"]!.AsArray();

    private static JsonNode? Waiting(JsonNode cycle) => Measures(cycle).FirstOrDefault(m => m!["name"]!.GetValue<string>() == "Waiting");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var change in Changes.Keys)
            foreach (var role in Roles)
                data.Add(change, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task CycleChange_IsMadeOnlyByThoseAllowed(string change, string role)
    {
        var (s, steward) = await Shared.Get(async () =>
        {
            var scenario = await CycleScenario.Create(app);
            // The steward is a second member, so that "member" here is a member who is not the steward.
            var second = await new Scenario(app).Register("Steward");
            await Scenario.Join(scenario.Convenor, scenario.GroupId, second);
            return new People(scenario, second);
        });
        // Each case has a cycle of its own, so what one case changed is never another's evidence.
        var cycleId = await s.StartCycle(steward);
        var arranged = await Arrange(steward, cycleId);
        var (allowed, mutation, input, made) = Changes[change];
        var caller = role switch
        {
            "anonymous" => app.GraphQL(),
            "outsider" => s.Outsider.Api,
            "observer" => s.Observer.Api,
            "member" => s.Member.Api,
            _ => s.Convenor.Api,
        };

        var reply = await caller.Post(mutation, new { i = input(arranged) });

        var expected = allowed.Contains(role) ? null : role switch
        {
            "anonymous" => "auth.required",
            "outsider" => "group.members-only",
            "observer" => "group.observer-read-only",
            _ => "cycle.not-steward",
        };
        Assert.Equal(expected, reply.ErrorCode);
        var cycle = (await steward.Api.Post("query($id: ID!) { cycle(id: $id) { question stage stages { output } experiments { id } " +
            "measures { id name points { value } recalculations { from } } demand { id words } } }",
            new { id = cycleId })).ShouldSucceed().Data!["cycle"]!;
        Assert.Equal(expected is null, made(cycle));
    }

    private static async Task<Arranged> Arrange(Person steward, string cycleId)
    {
        var experiment = (await steward.Api.Post("mutation($i: AddExperimentInput!) { addExperiment(input: $i) { experiment { id } } }",
            new { i = new { cycleId, plan = new { change = "One named worker", startsOn = "2025-03-03" } } })).ShouldSucceed().Data!["addExperiment"]!["experiment"]!["id"]!.GetValue<string>();
        var measure = (await steward.Api.Post("mutation($i: AddMeasureInput!) { addMeasure(input: $i) { measure { id } } }",
            new { i = new { cycleId, name = "Waiting", direction = "DECREASE" } })).ShouldSucceed().Data!["addMeasure"]!["measure"]!["id"]!.GetValue<string>();
        var monday = new DateOnly(2025, 1, 6);
        (await steward.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId = measure, points = Enumerable.Range(0, 12).Select(w => new { date = monday.AddDays(7 * w).ToString("yyyy-MM-dd"), value = 10 + w % 2 }) } })).ShouldSucceed();
        (await steward.Api.Post("mutation($i: RecalculateInput!) { recalculate(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId = measure, date = "2025-03-03", reason = "The named worker started", experimentId = experiment } })).ShouldSucceed();
        var entry = (await steward.Api.Post("mutation($i: LogDemandInput!) { logDemand(input: $i) { demandEntry { id } } }",
            new { i = new { cycleId, date = "2025-01-06", words = "Where is my letter?", kind = "FAILURE" } })).ShouldSucceed().Data!["logDemand"]!["demandEntry"]!["id"]!.GetValue<string>();
        return new Arranged(cycleId, measure, experiment, entry);
    }
}
