using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.Gatherings;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Faults;

/// <summary>
/// Mutations that create something, sent again with the same request id after an answer was lost:
/// the retry answers with what the first made, and there is still only one.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class CreateIdempotencyTests(WebAppFixture app)
{
    [Fact]
    public async Task AddAction_SentTwiceWithTheSameRequestId_AddsOneAction()
    {
        var s = await GatheringApi.Setup(app, DateTimeOffset.UtcNow.AddDays(7));
        var input = new { gatheringId = s.GatheringId, text = "Book the room", ownerId = s.Member.Id, due = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd"), requestId = Guid.NewGuid().ToString() };

        (await GatheringApi.Mutate(s.Member, "addAction", "AddActionInput", input)).ShouldSucceed();
        var again = (await GatheringApi.Mutate(s.Member, "addAction", "AddActionInput", input)).ShouldSucceed();
        (await GatheringApi.Mutate(s.Member, "addAction", "AddActionInput", input with { requestId = Guid.NewGuid().ToString() })).ShouldSucceed();

        var actions = again.Data!["addAction"]!["gathering"]!["actions"]!.AsArray();
        Assert.Single(actions, a => a!["text"]!.GetValue<string>() == "Book the room");
        var now = (await GatheringApi.Get(s.Member, s.GatheringId)).ShouldSucceed().Data!["gathering"]!["actions"]!.AsArray();
        Assert.Equal(2, now.Count(a => a!["text"]!.GetValue<string>() == "Book the room"));
    }

    [Fact]
    public async Task PlanGathering_SentTwiceWithTheSameRequestId_PlansOneGathering()
    {
        var s = await GatheringApi.Setup(app);
        var input = new
        {
            groupId = s.GroupId, title = "Planned once", format = "ONLINE", joinUrl = "https://meet.example.org/once", minutes = 60,
            timeZone = "Europe/London", requestId = Guid.NewGuid().ToString(),
        };

        var first = (await GatheringApi.Mutate(s.Convenor, "planGathering", "PlanGatheringInput", input)).ShouldSucceed().Data!["planGathering"]!["gathering"]!["id"]!.GetValue<string>();
        var second = (await GatheringApi.Mutate(s.Convenor, "planGathering", "PlanGatheringInput", input)).ShouldSucceed().Data!["planGathering"]!["gathering"]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
        var group = (await s.Convenor.Api.Post("query($id: ID!) { group(id: $id) { gatherings(first: 50) { nodes { title } } } }", new { id = s.GroupId })).ShouldSucceed();
        Assert.Single(group.Data!["group"]!["gatherings"]!["nodes"]!.AsArray(), g => g!["title"]!.GetValue<string>() == "Planned once");
    }

    [Fact]
    public async Task AddMeasure_SentTwiceWithTheSameRequestId_AddsOneMeasure()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Convenor);
        var input = new { i = new { cycleId, name = "Repeat calls", unit = "calls", higherIsBetter = false, requestId = "measure-1" } };
        const string Add = "mutation($i: AddMeasureInput!) { addMeasure(input: $i) { measure { id } } }";

        var first = (await s.Member.Api.Post(Add, input)).ShouldSucceed().Data!["addMeasure"]!["measure"]!["id"]!.GetValue<string>();
        var second = (await s.Member.Api.Post(Add, input)).ShouldSucceed().Data!["addMeasure"]!["measure"]!["id"]!.GetValue<string>();
        var otherPerson = await s.Convenor.Api.Post(Add, input);

        Assert.Equal(first, second);
        Assert.Equal("measure.name-taken", otherPerson.ErrorCode);
        var measures = (await s.Member.Api.Post("query($id: ID!) { cycle(id: $id) { measures { name } } }", new { id = cycleId })).ShouldSucceed();
        Assert.Single(measures.Data!["cycle"]!["measures"]!.AsArray(), m => m!["name"]!.GetValue<string>() == "Repeat calls");
    }

    [Fact]
    public async Task LogDemand_SentTwiceWithTheSameRequestId_LogsOneEntry()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Convenor);
        const string Log = "mutation($i: LogDemandInput!) { logDemand(input: $i) { demandEntry { id } } }";
        var input = new { i = new { cycleId, date = DateTime.UtcNow.ToString("yyyy-MM-dd"), words = "I rang three times about the same repair", kind = "FAILURE", requestId = Guid.NewGuid().ToString() } };

        var first = (await s.Member.Api.Post(Log, input)).ShouldSucceed().Data!["logDemand"]!["demandEntry"]!["id"]!.GetValue<string>();
        var second = (await s.Member.Api.Post(Log, input)).ShouldSucceed().Data!["logDemand"]!["demandEntry"]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
        var demand = (await s.Member.Api.Post("query($id: ID!) { cycle(id: $id) { demand { words } } }", new { id = cycleId })).ShouldSucceed();
        Assert.Single(demand.Data!["cycle"]!["demand"]!.AsArray());
    }

    [Fact]
    public async Task SaveReflection_NewEntrySentTwiceWithTheSameRequestId_SavesOneEntryAtVersionOne()
    {
        var author = await new Scenario(app).Register("Rhiannon");
        var entry = ReflectionApi.Entry("Saved once", "The visit went well");
        var json = System.Text.Json.JsonSerializer.SerializeToNode(entry)!.AsObject();
        json["requestId"] = Guid.NewGuid().ToString();

        var first = (await author.Api.Post(ReflectionApi.Save, new { i = json })).ShouldSucceed().Data!["saveReflection"]!["reflection"]!;
        var second = (await author.Api.Post(ReflectionApi.Save, new { i = json })).ShouldSucceed().Data!["saveReflection"]!["reflection"]!;

        Assert.Equal(first["id"]!.GetValue<string>(), second["id"]!.GetValue<string>());
        Assert.Equal(1, second["version"]!.GetValue<int>());
        var journal = (await author.Api.Post("{ myJournal(first: 50) { nodes { title } } }")).ShouldSucceed();
        Assert.Single(journal.Data!["myJournal"]!["nodes"]!.AsArray(), n => n!["title"]!.GetValue<string>() == "Saved once");
    }
}
