using System.Text.Json.Nodes;

namespace Convening.Web.Tests.Cycles;

/// <summary>Every role against every kind of cycle change, through GraphQL: refused changes leave no trace.</summary>
[Collection(WebCollection.Name)]
public sealed class CycleAuthorizationTests(WebAppFixture app)
{
    private static readonly string[] Roles = ["anonymous", "outsider", "observer", "member", "convenor"];

    /// <summary>Each change, who may make it, and how to see on the cycle that it was made.</summary>
    private static readonly Dictionary<string, (string[] Allowed, string Mutation, Func<string, object> Input, Func<JsonNode, bool> Made)> Changes = new()
    {
        ["updateCycle"] = (["member", "convenor"], "mutation($i: UpdateCycleInput!) { updateCycle(input: $i) { cycle { id } } }",
            id => new { cycleId = id, question = "Changed question" }, c => c["question"]!.GetValue<string>() == "Changed question"),
        ["moveStage"] = (["convenor"], "mutation($i: MoveStageInput!) { moveStage(input: $i) { cycle { id } } }",
            id => new { cycleId = id, stage = "PLAN" }, c => c["stage"]!.GetValue<string>() == "PLAN"),
        ["recordStageOutput"] = (["member", "convenor"], "mutation($i: RecordStageOutputInput!) { recordStageOutput(input: $i) { cycle { id } } }",
            id => new { cycleId = id, stage = "UNDERSTAND", output = "Noticed" }, c => c["stages"]![0]!["output"]!.GetValue<string>() == "Noticed"),
        ["addExperiment"] = (["member", "convenor"], "mutation($i: AddExperimentInput!) { addExperiment(input: $i) { experiment { id } } }",
            id => new { cycleId = id, plan = new { change = "Named worker" } }, c => c["experiments"]!.AsArray().Count == 1),
        ["addMeasure"] = (["member", "convenor"], "mutation($i: AddMeasureInput!) { addMeasure(input: $i) { measure { id } } }",
            id => new { cycleId = id, name = "Calls", higherIsBetter = false }, c => c["measures"]!.AsArray().Count == 1),
        ["logDemand"] = (["member", "convenor"], "mutation($i: LogDemandInput!) { logDemand(input: $i) { demandEntry { id } } }",
            id => new { cycleId = id, date = "2025-01-06", words = "Chasing", kind = "FAILURE" }, c => c["demand"]!.AsArray().Count == 1),
    };

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
        var s = await CycleScenario.Create(app);
        // The steward is a second member, so that "member" here is a member who is not the steward.
        var steward = await new Scenario(app).Register("Steward");
        await Scenario.Join(s.Convenor, s.GroupId, steward);
        var cycleId = await s.StartCycle(steward);
        var (allowed, mutation, input, made) = Changes[change];
        var caller = role switch
        {
            "anonymous" => app.GraphQL(),
            "outsider" => s.Outsider.Api,
            "observer" => s.Observer.Api,
            "member" => s.Member.Api,
            _ => s.Convenor.Api,
        };

        var reply = await caller.Post(mutation, new { i = input(cycleId) });

        var expected = allowed.Contains(role) ? null : role switch
        {
            "anonymous" => "auth.required",
            "outsider" => "group.members-only",
            "observer" => "group.observer-read-only",
            _ => "cycle.not-steward",
        };
        Assert.Equal(expected, reply.ErrorCode);
        var cycle = (await steward.Api.Post("query($id: ID!) { cycle(id: $id) { question stage stages { output } experiments { id } measures { id } demand { id } } }",
            new { id = cycleId })).ShouldSucceed().Data!["cycle"]!;
        Assert.Equal(expected is null, made(cycle));
    }
}
