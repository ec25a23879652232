using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.Gatherings;
using Convening.Web.Tests.LifePictures;

namespace Convening.Web.Tests.Faults;

/// <summary>
/// Creating mutations that take no request id because what they make has a natural key (its dates,
/// its term, its address, its name, an id the client chose): sent again after an answer was lost,
/// the retry answers as the first did and there is still one; a different thing under the same key
/// is still refused (decision 0023's table).
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class NaturalIdempotencyTests(WebAppFixture app)
{
    [Fact]
    public async Task AddAbsence_SentTwice_ListsOneAbsence_AndAnOverlappingOneIsStillRefused()
    {
        var person = await new Scenario(app).Register("Away");
        const string Add = "mutation($i: AddAbsenceInput!) { addAbsence(input: $i) { person { profile { absences { from to } } } } }";
        var (from, to) = (Day(10), Day(12));

        var first = (await person.Api.Post(Add, new { i = new { from, to } })).ShouldSucceed().Data!["addAbsence"]!.ToJsonString();
        var again = (await person.Api.Post(Add, new { i = new { from, to } })).ShouldSucceed().Data!["addAbsence"]!;

        Assert.Equal(first, again.ToJsonString());
        Assert.Single(again["person"]!["profile"]!["absences"]!.AsArray());
        Assert.Equal("absence.overlapping", (await person.Api.Post(Add, new { i = new { from, to = Day(13) } })).ErrorCode);
    }

    [Fact]
    public async Task AddDataPoints_ImportMeasureCsv_AndRecordStageOutput_SentTwice_KeepOneOfEach()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Convenor);
        var measureId = await s.AddMeasure(s.Member, cycleId);
        const string Points = "mutation($i: AddDataPointsInput!) { addDataPoints(input: $i) { measure { points { date value } } } }";
        const string Csv = "mutation($i: ImportMeasureCsvInput!) { importMeasureCsv(input: $i) { csvImport { imported measure { points { date value } } } } }";
        const string Output = "mutation($i: RecordStageOutputInput!) { recordStageOutput(input: $i) { cycle { stages { stage output } } } }";
        var points = new { i = new { cycleId, measureId, points = new[] { new { date = "2025-01-06", value = 4.0 }, new { date = "2025-01-13", value = 6.0 } } } };
        var csv = new { i = new { cycleId, measureId, csv = "date,value\n2025-01-20,5\n2025-01-27,7\n" } };
        var output = new { i = new { cycleId, stage = "UNDERSTAND", output = "Families tell their story **six** times." } };

        var pointsFirst = (await s.Member.Api.Post(Points, points)).ShouldSucceed().Data!.ToJsonString();
        Assert.Equal(pointsFirst, (await s.Member.Api.Post(Points, points)).ShouldSucceed().Data!.ToJsonString());
        (await s.Member.Api.Post(Csv, csv)).ShouldSucceed();
        var csvAgain = (await s.Member.Api.Post(Csv, csv)).ShouldSucceed().Data!["importMeasureCsv"]!["csvImport"]!;
        var outputFirst = (await s.Member.Api.Post(Output, output)).ShouldSucceed().Data!.ToJsonString();
        var outputAgain = (await s.Member.Api.Post(Output, output)).ShouldSucceed().Data!.ToJsonString();

        Assert.Equal(2, csvAgain["imported"]!.GetValue<int>());
        Assert.Equal(["2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27"],
            csvAgain["measure"]!["points"]!.AsArray().Select(p => p!["date"]!.GetValue<string>()));
        Assert.Equal(outputFirst, outputAgain);
    }

    [Fact]
    public async Task AddGlossaryEntry_SentTwice_AnswersWithTheFirstEntry_AndADifferentOneForTheTermIsRefused()
    {
        var convenor = await new Scenario(app).Register("Words");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        const string Add = "mutation($i: AddGlossaryEntryInput!) { addGlossaryEntry(input: $i) { glossaryEntry { id agreedTerm } } }";
        var entry = new { groupId, agreedTerm = "Person we support", agencyTerms = new[] { new { agency = "NHS", term = "patient" } }, note = "Not 'client'." };

        var first = (await convenor.Api.Post(Add, new { i = entry })).ShouldSucceed().Data!.ToJsonString();
        var again = (await convenor.Api.Post(Add, new { i = entry })).ShouldSucceed().Data!.ToJsonString();
        var different = await convenor.Api.Post(Add, new { i = entry with { note = "Another note" } });

        Assert.Equal(first, again);
        Assert.Equal("glossary.duplicate-term", different.ErrorCode);
        Assert.Single((await Scenario.Group(convenor, groupId))["data"]!["group"]!["glossary"]!.AsArray());
    }

    [Fact]
    public async Task Invite_SentTwice_AnswersWithTheSameInvitation_AndAnotherRoleIsRefusedAsPending()
    {
        var convenor = await new Scenario(app).Register("Inviter");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        const string Invite = "mutation($i: InviteInput!) { invite(input: $i) { invitation { code role } } }";
        var email = $"twice-{Guid.NewGuid():N}@example.org";

        var first = (await convenor.Api.Post(Invite, new { i = new { groupId, email } })).ShouldSucceed().Data!.ToJsonString();
        var again = (await convenor.Api.Post(Invite, new { i = new { groupId, email } })).ShouldSucceed().Data!.ToJsonString();
        var otherRole = await convenor.Api.Post(Invite, new { i = new { groupId, email, role = "OBSERVER" } });

        Assert.Equal(first, again);
        Assert.Equal("invitation.already-pending", otherRole.ErrorCode);
        Assert.Single((await Scenario.Group(convenor, groupId))["data"]!["group"]!["invitations"]!.AsArray(), i => i!["email"]!.GetValue<string>() == email);
    }

    [Fact]
    public async Task OpenGatheringBoard_SentTwice_OpensOneBoard()
    {
        var s = await GatheringApi.Setup(app);
        var input = new { gatheringId = s.GatheringId };

        var first = (await GatheringApi.Mutate(s.Member, "openGatheringBoard", "GatheringRefInput", input, "gathering { boardId }")).ShouldSucceed();
        var again = (await GatheringApi.Mutate(s.Convenor, "openGatheringBoard", "GatheringRefInput", input, "gathering { boardId }")).ShouldSucceed();

        var boardId = first.Data!["openGatheringBoard"]!["gathering"]!["boardId"]!.GetValue<string>();
        Assert.Equal(boardId, again.Data!["openGatheringBoard"]!["gathering"]!["boardId"]!.GetValue<string>());
        (await s.Member.Api.Post("query($id: ID!) { board(id: $id) { id } }", new { id = boardId })).ShouldSucceed();
    }

    [Fact]
    public async Task RecordLifePicture_SentTwiceByTheRecorder_RecordsOneVersion_AndAnotherPersonIsRefused()
    {
        var scenario = new Scenario(app);
        var (steward, other) = (await scenario.Register("Recorder"), await scenario.Register("Onlooker"));
        var placeSlug = await Scenario.CreatePlace(steward);
        (await steward.Api.Post("mutation($i: FundingDefaultsInput!) { useRightToControlDefaults(input: $i) { funding { placeSlug } } }",
            new { i = new { placeSlug } })).ShouldSucceed();
        const string Record = "mutation($i: RecordLifePictureInput!) { recordLifePicture(input: $i) { lifePicture { id version } } }";
        var input = new { i = new { id = Guid.NewGuid().ToString("N"), placeSlug, consentGiven = true, countsInTotals = true, content = PictureApi.Content() } };

        var first = (await steward.Api.Post(Record, input)).ShouldSucceed().Data!.ToJsonString();
        var again = (await steward.Api.Post(Record, input)).ShouldSucceed().Data!.ToJsonString();

        Assert.Equal(first, again);
        Assert.Equal(1, (await PictureApi.Get(steward, input.i.id))["version"]!.GetValue<int>());
        Assert.Equal("picture.not-shared", (await other.Api.Post(Record, input)).ErrorCode);
    }

    [Fact]
    public async Task SaveFundingStream_AndSetUnitCost_SentTwice_SaveOneStreamAndOnePrice_AndAnotherStreamWithTheNameIsRefused()
    {
        var steward = await new Scenario(app).Register("Funder");
        var placeSlug = await Scenario.CreatePlace(steward);
        const string Save = "mutation($i: SaveFundingStreamInput!) { saveFundingStream(input: $i) { funding { streams { id name sector } } } }";
        var stream = new { placeSlug, name = "Disabled Facilities Grant", sector = "Housing" };

        var first = (await steward.Api.Post(Save, new { i = stream })).ShouldSucceed().Data!.ToJsonString();
        var again = (await steward.Api.Post(Save, new { i = stream })).ShouldSucceed().Data!;
        var otherSector = await steward.Api.Post(Save, new { i = stream with { sector = "Health" } });

        Assert.Equal(first, again.ToJsonString());
        Assert.Single(again["saveFundingStream"]!["funding"]!["streams"]!.AsArray());
        Assert.Equal("funding.stream-exists", otherSector.ErrorCode);

        const string Price = "mutation($i: SetUnitCostInput!) { setUnitCost(input: $i) { funding { streams { unitCosts { id service } } } } }";
        var cost = new { i = new { placeSlug, streamId = "disabled-facilities-grant", service = "Stairlift", unit = "fitting", pence = 350000 } };
        var priced = (await steward.Api.Post(Price, cost)).ShouldSucceed().Data!.ToJsonString();
        var pricedAgain = (await steward.Api.Post(Price, cost)).ShouldSucceed().Data!;
        Assert.Equal(priced, pricedAgain.ToJsonString());
        Assert.Single(pricedAgain["setUnitCost"]!["funding"]!["streams"]![0]!["unitCosts"]!.AsArray());
    }

    private static string Day(int fromToday) => DateOnly.FromDateTime(DateTime.UtcNow.AddDays(fromToday)).ToString("yyyy-MM-dd");
}
