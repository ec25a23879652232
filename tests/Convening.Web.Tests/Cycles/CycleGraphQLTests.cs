using System.Net;

namespace Convening.Web.Tests.Cycles;

[Collection(WebCollection.Name)]
public sealed class CycleGraphQLTests(WebAppFixture app)
{
    [Fact]
    public async Task StartedCycle_ShowsItsStageBoardAndChart_AndIsListedByGroupAndPlace()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        (await s.Member.Api.Post("mutation($i: MoveStageInput!) { moveStage(input: $i) { cycle { stage } } }",
            new { i = new { cycleId, stage = "PLAN" } })).ShouldSucceed();
        var measureId = await s.AddMeasure(s.Member, cycleId);
        var points = new[] { 5, 7, 6, 8, 4 }.Select((v, i) => new { date = new DateOnly(2025, 1, 6).AddDays(7 * i).ToString("yyyy-MM-dd"), value = v }).ToArray();
        (await s.Member.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId, points } })).ShouldSucceed();

        var cycle = (await s.Observer.Api.Post("""
            query($id: ID!) { cycle(id: $id) { stage boardId myRole canEdit stages { stage reached }
              measures { name chart { mean upperLimit lowerLimit signals { kind } points { date movingRange } } } } }
            """, new { id = cycleId })).ShouldSucceed().Data!["cycle"]!;

        Assert.Equal("PLAN", cycle["stage"]!.GetValue<string>());
        Assert.Equal("cycle-" + cycleId, cycle["boardId"]!.GetValue<string>());
        Assert.Equal(("OBSERVER", false), (cycle["myRole"]!.GetValue<string>(), cycle["canEdit"]!.GetValue<bool>()));
        Assert.Equal([true, true, false, false, false], cycle["stages"]!.AsArray().Select(st => st!["reached"]!.GetValue<bool>()));
        var chart = cycle["measures"]![0]!["chart"]!;
        Assert.Equal(6, chart["mean"]!.GetValue<double>(), 9);
        Assert.Equal(11.985, chart["upperLimit"]!.GetValue<double>(), 9);
        Assert.Empty(chart["signals"]!.AsArray());
        Assert.Equal("2025-01-13", chart["points"]![1]!["date"]!.GetValue<string>());

        var lists = (await app.GraphQL().Post("""
            query($g: ID!, $p: String!) { group(id: $g) { cycles(first: 5) { totalCount nodes { id question stage } } }
              place(slug: $p) { cycles { nodes { id } } } }
            """, new { g = s.GroupId, p = s.PlaceSlug })).ShouldSucceed().Data!;
        Assert.Equal("PLAN", lists["group"]!["cycles"]!["nodes"]![0]!["stage"]!.GetValue<string>());
        Assert.Equal(cycleId, lists["place"]!["cycles"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Outsider_SeesTheQuestion_ButNotTheCycle_AndTheAnonymousCannotStartOne()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);

        var reply = await s.Outsider.Api.Post("query($id: ID!) { cycle(id: $id) { question myRole purpose } }", new { id = cycleId });
        Assert.Equal("How do we stop young people being passed between services?", reply.Data!["cycle"]!["question"]!.GetValue<string>());
        Assert.Null(reply.Data!["cycle"]!["myRole"]);
        Assert.Null(reply.Data!["cycle"]!["purpose"]);
        Assert.Equal("group.members-only", reply.ErrorCode);

        var anonymous = await app.GraphQL().Post("mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { id } } }",
            new { i = new { groupId = s.GroupId, question = "Anyone?" } });
        Assert.Equal((HttpStatusCode.Unauthorized, "auth.required"), (anonymous.Status, anonymous.ErrorCode));
    }

    [Fact]
    public async Task TheWholeCycle_WithEveryChart_FitsInOneQuery()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        await s.AddMeasure(s.Member, cycleId);

        var reply = await s.Member.Api.Post("""
            query($id: ID!) { cycle(id: $id) { question stage purpose peopleInvolved boardId
              steward { name } stages { stage reached output outputBy { name } }
              experiments { id change why prediction who startsOn endsOn outcome { whatHappened whatWeLearnt confidence } }
              measures { id name unit higherIsBetter derived points { date value }
                chart { mean averageMovingRange upperLimit lowerLimit upperNearLimit lowerNearLimit
                  points { date value movingRange specialCause signals improvement }
                  signals { kind direction improvement pointIndexes } } }
              demand { date words kind loggedBy { name } }
              links { relation cycle { id question stage group { name } } } } }
            """, new { id = cycleId });

        Assert.Equal("Hand-offs per young person", reply.ShouldSucceed().Data!["cycle"]!["measures"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task UnknownOrMalformedCycleId_IsNull()
    {
        foreach (var id in new[] { Guid.NewGuid().ToString("N"), "not-a-cycle" })
        {
            var reply = (await app.GraphQL().Post("query($id: ID!) { cycle(id: $id) { question } }", new { id })).ShouldSucceed();
            Assert.Null(reply.Data!["cycle"]);
        }
    }

    [Fact]
    public async Task Observer_CannotAddAnExperiment()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);

        var reply = await s.Observer.Api.Post("mutation($i: AddExperimentInput!) { addExperiment(input: $i) { experiment { id } } }",
            new { i = new { cycleId, plan = new { change = "Named worker" } } });

        Assert.Equal((HttpStatusCode.Forbidden, "group.observer-read-only"), (reply.Status, reply.ErrorCode));
        var experiments = (await s.Member.Api.Post("query($id: ID!) { cycle(id: $id) { experiments { id } } }", new { id = cycleId })).ShouldSucceed();
        Assert.Empty(experiments.Data!["cycle"]!["experiments"]!.AsArray());
    }

    [Fact]
    public async Task ImportMeasureCsv_WithABadRow_ImportsNothing_AndReportsTheRow()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        const string Query = "mutation($i: ImportMeasureCsvInput!) { importMeasureCsv(input: $i) { csvImport { imported problemCount problems { row code } measure { points { value } } } } }";

        var bad = (await s.Member.Api.Post(Query, new { i = new { cycleId, measureId, csv = "date,value\n2025-01-06,4\n2025-01-13,four\n" } })).ShouldSucceed();
        var good = (await s.Member.Api.Post(Query, new { i = new { cycleId, measureId, csv = "date,value\n2025-01-06,4\n2025-01-13,3\n" } })).ShouldSucceed();

        var report = bad.Data!["importMeasureCsv"]!["csvImport"]!;
        Assert.Equal((0, 1), (report["imported"]!.GetValue<int>(), report["problemCount"]!.GetValue<int>()));
        Assert.Equal((3, "csv.bad-number"), (report["problems"]![0]!["row"]!.GetValue<int>(), report["problems"]![0]!["code"]!.GetValue<string>()));
        Assert.Empty(report["measure"]!["points"]!.AsArray());
        Assert.Equal(2, good.Data!["importMeasureCsv"]!["csvImport"]!["imported"]!.GetValue<int>());
    }

    [Fact]
    public async Task LoggedDemand_AndLinks_ShowOnTheCycle()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var otherGroup = await Scenario.Convene(s.Convenor, s.PlaceSlug, "Place leadership");
        await Scenario.Join(s.Convenor, otherGroup, s.Member);
        var wider = await s.StartCycle(s.Convenor, "How does support follow the person?", otherGroup);
        (await s.Member.Api.Post("mutation($i: LogDemandInput!) { logDemand(input: $i) { demandEntry { id } } }",
            new { i = new { cycleId, date = "2025-01-08", words = "Nobody rang me back", kind = "FAILURE" } })).ShouldSucceed();
        (await s.Member.Api.Post("mutation($i: LinkCyclesInput!) { linkCycles(input: $i) { cycle { id } } }",
            new { i = new { cycleId, otherCycleId = wider, relation = "FEEDS" } })).ShouldSucceed();

        var mine = (await s.Member.Api.Post("query($id: ID!) { cycle(id: $id) { demand { words kind } measures { id derived points { date value } } } }",
            new { id = cycleId })).ShouldSucceed().Data!["cycle"]!;
        var theirs = (await s.Convenor.Api.Post("query($id: ID!) { cycle(id: $id) { links { relation cycle { question group { name } } } } }",
            new { id = wider })).ShouldSucceed().Data!["cycle"]!;

        Assert.Equal("Nobody rang me back", mine["demand"]![0]!["words"]!.GetValue<string>());
        var failure = mine["measures"]![0]!;
        Assert.Equal(("failure-demand", true), (failure["id"]!.GetValue<string>(), failure["derived"]!.GetValue<bool>()));
        Assert.Equal(("2025-01-06", 100.0), (failure["points"]![0]!["date"]!.GetValue<string>(), failure["points"]![0]!["value"]!.GetValue<double>()));
        var link = theirs["links"]![0]!;
        Assert.Equal("FED_BY", link["relation"]!.GetValue<string>());
        Assert.Equal("How do we stop young people being passed between services?", link["cycle"]!["question"]!.GetValue<string>());
        Assert.Equal("Right to Control Trailblazer", link["cycle"]!["group"]!["name"]!.GetValue<string>());
    }
}
