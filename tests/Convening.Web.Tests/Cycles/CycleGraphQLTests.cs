using System.Net;

namespace Convening.Web.Tests.Cycles;

[Collection(SecondWebCollection.Name)]
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
        var points = new[] { 5, 7, 6, 8, 4, 6, 5, 7, 6, 8, 4, 6 }.Select((v, i) => new { date = new DateOnly(2025, 1, 6).AddDays(7 * i).ToString("yyyy-MM-dd"), value = v }).ToArray();
        (await s.Member.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId, points } })).ShouldSucceed();

        var cycle = (await s.Observer.Api.Post("""
            query($id: ID!) { cycle(id: $id) { stage boardId myRole canEdit stages { stage reached }
              measures { name chart { hasLimits variation periods { mean upperLimit lowerLimit } signals { kind } points { date movingRange mean upperLimit } } } } }
            """, new { id = cycleId })).ShouldSucceed().Data!["cycle"]!;

        Assert.Equal("PLAN", cycle["stage"]!.GetValue<string>());
        Assert.Equal("cycle-" + cycleId, cycle["boardId"]!.GetValue<string>());
        Assert.Equal(("OBSERVER", false), (cycle["myRole"]!.GetValue<string>(), cycle["canEdit"]!.GetValue<bool>()));
        Assert.Equal([true, true, false, false, false], cycle["stages"]!.AsArray().Select(st => st!["reached"]!.GetValue<bool>()));
        var chart = cycle["measures"]![0]!["chart"]!;
        // 5, 7, 6, 8, 4, 6 twice: mean 6, average moving range 23 / 11, upper limit 6 + 2.66 × 23 / 11.
        Assert.Equal(6, chart["periods"]![0]!["mean"]!.GetValue<double>(), 9);
        Assert.Equal(6 + 2.66 * 23 / 11, chart["periods"]![0]!["upperLimit"]!.GetValue<double>(), 9);
        Assert.Equal(6 + 2.66 * 23 / 11, chart["points"]![11]!["upperLimit"]!.GetValue<double>(), 9);
        Assert.Equal("COMMON_CAUSE", chart["variation"]!.GetValue<string>());
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
              measures { id name unit higherIsBetter direction target baselinePoints screenOutliers chartKind derived
                points { date value numerator denominator }
                recalculations { from reason experimentId decision by { name } at }
                history { at by { name } what reason }
                chart { kind hasLimits variation assurance
                  periods { index from to count baselineCount mean averageMovingRange screenedRanges hasLimits upperLimit lowerLimit change }
                  points { date value period inBaseline mean upperLimit lowerLimit upperTwoSigma lowerTwoSigma movingRange specialCause type signals strongest improvement }
                  signals { kind direction improvement pointIndexes } } }
              history { what reason }
              demand { date words kind loggedBy { name } }
              links { relation cycle { id question stage group { name } } } } }
            """, new { id = cycleId });

        Assert.Equal("Hand-offs per young person", reply.ShouldSucceed().Data!["cycle"]!["measures"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task APChart_ComesFromNumeratorsAndDenominators_AndAFutureDateIsRefusedWithItsCode()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = (await s.Member.Api.Post("mutation($i: AddMeasureInput!) { addMeasure(input: $i) { measure { id } } }",
            new { i = new { cycleId, name = "Seen within 2 weeks", unit = "%", direction = "INCREASE", chartKind = "P" } })).ShouldSucceed()
            .Data!["addMeasure"]!["measure"]!["id"]!.GetValue<string>();
        // Twelve weeks alternating 20 of 100 and 80 of 400: p̄ = 20%; limits 8–32% (n = 100) and 14–26% (n = 400).
        var points = Enumerable.Range(0, 12).Select(w => new
        {
            date = new DateOnly(2025, 1, 6).AddDays(7 * w).ToString("yyyy-MM-dd"),
            numerator = w % 2 == 0 ? 20 : 80,
            denominator = w % 2 == 0 ? 100 : 400,
        }).ToArray();

        var chart = (await s.Member.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { chart { points { value mean upperLimit lowerLimit } } } } }",
            new { i = new { cycleId, measureId, points } })).ShouldSucceed().Data!["addDataPoints"]!["measure"]!["chart"]!;

        var first = chart["points"]![0]!;
        Assert.Equal((20.0, 20.0), (first["value"]!.GetValue<double>(), first["mean"]!.GetValue<double>()));
        Assert.Equal((32.0, 8.0), (Math.Round(first["upperLimit"]!.GetValue<double>(), 9), Math.Round(first["lowerLimit"]!.GetValue<double>(), 9)));
        Assert.Equal(26.0, Math.Round(chart["points"]![1]!["upperLimit"]!.GetValue<double>(), 9));

        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd");
        var refused = await s.Member.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId, points = new[] { new { date = future, numerator = 1, denominator = 2 } } } });
        Assert.Equal((HttpStatusCode.BadRequest, "measure.date-in-future"), (refused.Status, refused.ErrorCode));
        var overfull = await s.Member.Api.Post("mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { id } } }",
            new { i = new { cycleId, measureId, points = new[] { new { date = "2025-06-02", numerator = 5, denominator = 4 } } } });
        Assert.Equal("measure.numerator-above-denominator", overfull.ErrorCode);
    }

    [Fact]
    public async Task MeasureFieldsLeftOut_TakeTheDefaultsTheSchemaDocuments()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        const string Edit = "mutation($i: EditMeasureInput!) { editMeasure(input: $i) { measure { unit description chartKind baselinePoints screenOutliers } } }";
        (await s.Member.Api.Post(Edit, new { i = new { cycleId, measureId, name = "Hand-offs", unit = "hand-offs", direction = "DECREASE", baselinePoints = 12, screenOutliers = false, chartKind = "C", reason = "Fewer weeks" } }))
            .ShouldSucceed();

        var measure = (await s.Member.Api.Post(Edit, new { i = new { cycleId, measureId, name = "Hand-offs", direction = "DECREASE", chartKind = "XMR", reason = "Back to the defaults" } }))
            .ShouldSucceed().Data!["editMeasure"]!["measure"]!;

        // Left out: baselinePoints (default 20), screenOutliers (default true), unit and description (empty).
        Assert.Equal((20, true), (measure["baselinePoints"]!.GetValue<int>(), measure["screenOutliers"]!.GetValue<bool>()));
        Assert.Equal(("", "", "XMR"), (measure["unit"]!.GetValue<string>(), measure["description"]!.GetValue<string>(), measure["chartKind"]!.GetValue<string>()));
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
