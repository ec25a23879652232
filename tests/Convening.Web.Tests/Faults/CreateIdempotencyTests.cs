using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.OrganisationDirectory;
using Convening.Web.Tests.Gatherings;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Faults;

/// <summary>
/// Mutations that create something, sent again with the same request id after an answer was lost:
/// the retry answers with what the first made, and there is still only one.
/// </summary>
[Collection(SecondWebCollection.Name)]
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

    [Fact]
    public async Task AddAgendaItem_SentTwiceWithTheSameRequestId_AddsOneItem_AndAnotherIdAddsASecond()
    {
        var s = await GatheringApi.Setup(app);
        var input = new { gatheringId = s.GatheringId, text = "Who holds the budget?", minutes = 20, requestId = Guid.NewGuid().ToString() };
        const string Agenda = "agenda { id title }";

        var first = (await GatheringApi.Mutate(s.Member, "addAgendaItem", "AddAgendaItemInput", input, $"gathering {{ {Agenda} }}")).ShouldSucceed();
        var again = (await GatheringApi.Mutate(s.Member, "addAgendaItem", "AddAgendaItemInput", input, $"gathering {{ {Agenda} }}")).ShouldSucceed();

        Assert.Equal(first.Data!["addAgendaItem"]!.ToJsonString(), again.Data!["addAgendaItem"]!.ToJsonString());
        Assert.Single(again.Data!["addAgendaItem"]!["gathering"]!["agenda"]!.AsArray(), a => a!["title"]!.GetValue<string>() == "Who holds the budget?");
        (await GatheringApi.Mutate(s.Member, "addAgendaItem", "AddAgendaItemInput", input with { requestId = Guid.NewGuid().ToString() })).ShouldSucceed();
        var now = (await GatheringApi.Get(s.Member, s.GatheringId, Agenda)).ShouldSucceed().Data!["gathering"]!["agenda"]!.AsArray();
        Assert.Equal(2, now.Count(a => a!["title"]!.GetValue<string>() == "Who holds the budget?"));
    }

    [Fact]
    public async Task RecordDecision_SentTwiceWithTheSameRequestId_RecordsOneDecision_AndAnotherIdRecordsASecond()
    {
        var s = await GatheringApi.Setup(app);
        var input = new { gatheringId = s.GatheringId, text = "One assessment, shared by every agency", requestId = Guid.NewGuid().ToString() };
        const string Decisions = "decisions { id text }";

        var first = (await GatheringApi.Mutate(s.Member, "recordDecision", "GatheringTextInput", input, $"gathering {{ {Decisions} }}")).ShouldSucceed();
        var again = (await GatheringApi.Mutate(s.Member, "recordDecision", "GatheringTextInput", input, $"gathering {{ {Decisions} }}")).ShouldSucceed();

        Assert.Equal(first.Data!["recordDecision"]!.ToJsonString(), again.Data!["recordDecision"]!.ToJsonString());
        Assert.Single(again.Data!["recordDecision"]!["gathering"]!["decisions"]!.AsArray());
        (await GatheringApi.Mutate(s.Member, "recordDecision", "GatheringTextInput", input with { requestId = Guid.NewGuid().ToString() })).ShouldSucceed();
        var now = (await GatheringApi.Get(s.Member, s.GatheringId, Decisions)).ShouldSucceed().Data!["gathering"]!["decisions"]!.AsArray();
        Assert.Equal(2, now.Count);
    }

    [Fact]
    public async Task AddExperiment_SentTwiceWithTheSameRequestId_AddsOneExperiment_AndAnotherIdAddsASecond()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Convenor);
        const string Add = "mutation($i: AddExperimentInput!) { addExperiment(input: $i) { experiment { id change } } }";
        var requestId = Guid.NewGuid().ToString();
        object Input(string key) => new { i = new { cycleId, plan = new { change = "One named worker", why = "Being known matters" }, requestId = key } };

        var first = (await s.Member.Api.Post(Add, Input(requestId))).ShouldSucceed().Data!["addExperiment"]!["experiment"]!["id"]!.GetValue<string>();
        var second = (await s.Member.Api.Post(Add, Input(requestId))).ShouldSucceed().Data!["addExperiment"]!["experiment"]!["id"]!.GetValue<string>();
        var other = (await s.Member.Api.Post(Add, Input(Guid.NewGuid().ToString()))).ShouldSucceed().Data!["addExperiment"]!["experiment"]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        var experiments = (await s.Member.Api.Post("query($id: ID!) { cycle(id: $id) { experiments { id } } }", new { id = cycleId })).ShouldSucceed();
        Assert.Equal([first, other], experiments.Data!["cycle"]!["experiments"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AddStory_SentTwiceWithTheSameRequestId_AddsOneStory_AndAnotherIdAddsASecond()
    {
        var steward = await new Scenario(app).Register("Steward");
        var slug = await Scenario.CreatePlace(steward);
        var id = (await steward.Api.Post("mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id } } }",
            new { i = new { placeSlug = slug, statement = "People lead" } })).ShouldSucceed().Data!["draftPrinciple"]!["principle"]!["id"]!.GetValue<string>();
        (await steward.Api.Post("mutation($i: PrincipleIdInput!) { publishPrinciple(input: $i) { principle { status } } }", new { i = new { id } })).ShouldSucceed();
        const string Tell = "mutation($i: StoryInput!) { addStory(input: $i) { principle { stories { id markdown } } } }";
        var input = new { i = new { id, story = "It worked at the **panel**", requestId = Guid.NewGuid().ToString() } };

        var first = (await steward.Api.Post(Tell, input)).ShouldSucceed().Data!["addStory"]!["principle"]!["stories"]!.AsArray();
        var second = (await steward.Api.Post(Tell, input)).ShouldSucceed().Data!["addStory"]!["principle"]!["stories"]!.AsArray();
        var third = (await steward.Api.Post(Tell, new { i = input.i with { requestId = Guid.NewGuid().ToString() } })).ShouldSucceed().Data!["addStory"]!["principle"]!["stories"]!.AsArray();

        Assert.Single(first);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal(2, third.Count);
    }

    [Fact]
    public async Task ConveneGroup_SentTwiceWithTheSameRequestId_ConvenesOneGroup()
    {
        var convenor = await new Scenario(app).Register("Asha");
        var placeSlug = await Scenario.CreatePlace(convenor);
        const string Convene = "mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }";
        var input = new { i = new { placeSlug, name = "Convened once", requestId = Guid.NewGuid().ToString() } };

        var first = (await convenor.Api.Post(Convene, input)).ShouldSucceed().Data!["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
        var second = (await convenor.Api.Post(Convene, input)).ShouldSucceed().Data!["conveneGroup"]!["group"]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
        var place = (await convenor.Api.Post("query($slug: String!) { place(slug: $slug) { groups { name } } }", new { slug = placeSlug })).ShouldSucceed();
        Assert.Single(place.Data!["place"]!["groups"]!.AsArray(), g => g!["name"]!.GetValue<string>() == "Convened once");
    }

    [Fact]
    public async Task StartCycle_SentTwiceWithTheSameRequestId_StartsOneCycle()
    {
        var s = await CycleScenario.Create(app);
        const string Start = "mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { id } } }";
        var input = new { i = new { groupId = s.GroupId, question = "Started once?", requestId = Guid.NewGuid().ToString() } };

        var first = (await s.Member.Api.Post(Start, input)).ShouldSucceed().Data!["startCycle"]!["cycle"]!["id"]!.GetValue<string>();
        var second = (await s.Member.Api.Post(Start, input)).ShouldSucceed().Data!["startCycle"]!["cycle"]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
        var cycles = (await s.Member.Api.Post("query($id: ID!) { group(id: $id) { cycles(first: 50) { nodes { question } } } }", new { id = s.GroupId })).ShouldSucceed();
        Assert.Single(cycles.Data!["group"]!["cycles"]!["nodes"]!.AsArray(), c => c!["question"]!.GetValue<string>() == "Started once?");
    }

    [Fact]
    public async Task AdoptPrinciple_SentTwiceWithTheSameRequestId_AdoptsOnce()
    {
        var scenario = new Scenario(app);
        var (origin, adopter) = (await scenario.Register("Ann"), await scenario.Register("Bo"));
        var (originPlace, adopterPlace) = (await Scenario.CreatePlace(origin), await Scenario.CreatePlace(adopter));
        var parentId = (await origin.Api.Post("mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id } } }",
            new { i = new { placeSlug = originPlace, statement = "People lead" } })).ShouldSucceed().Data!["draftPrinciple"]!["principle"]!["id"]!.GetValue<string>();
        (await origin.Api.Post("mutation($i: PrincipleIdInput!) { publishPrinciple(input: $i) { principle { status } } }", new { i = new { id = parentId } })).ShouldSucceed();
        const string Adopt = "mutation($i: AdoptPrincipleInput!) { adoptPrinciple(input: $i) { principle { id } } }";
        var input = new { i = new { parentId, placeSlug = adopterPlace, requestId = Guid.NewGuid().ToString() } };

        var first = (await adopter.Api.Post(Adopt, input)).ShouldSucceed().Data!["adoptPrinciple"]!["principle"]!["id"]!.GetValue<string>();
        var second = (await adopter.Api.Post(Adopt, input)).ShouldSucceed().Data!["adoptPrinciple"]!["principle"]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
        var lineage = (await app.GraphQL().Post("query($id: ID!) { principle(id: $id) { lineage { id } } }", new { id = parentId })).ShouldSucceed();
        Assert.Equal(2, lineage.Data!["principle"]!["lineage"]!.AsArray().Count);
    }

    [Fact]
    public async Task DraftPrinciple_SentTwiceWithTheSameRequestId_DraftsOnce_AndAnotherIdDraftsASecond()
    {
        var steward = await new Scenario(app).Register("Steward");
        var placeSlug = await Scenario.CreatePlace(steward);
        const string Draft = "mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id statement status } } }";
        object Input(string key) => new { i = new { placeSlug, statement = "Drafted once", requestId = key } };
        var requestId = Guid.NewGuid().ToString();

        var first = (await steward.Api.Post(Draft, Input(requestId))).ShouldSucceed().Data!["draftPrinciple"]!["principle"]!;
        var second = (await steward.Api.Post(Draft, Input(requestId))).ShouldSucceed().Data!["draftPrinciple"]!["principle"]!;
        var other = (await steward.Api.Post(Draft, Input(Guid.NewGuid().ToString()))).ShouldSucceed().Data!["draftPrinciple"]!["principle"]!;

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal("DRAFT", second["status"]!.GetValue<string>());
        Assert.NotEqual(first["id"]!.GetValue<string>(), other["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task SubmitOrganisation_SentTwiceWithTheSameRequestId_SubmitsOneEntry_AndAnotherIdSubmitsASecond()
    {
        var submitter = await new Scenario(app).Register("Nadia");
        var placeSlug = await Scenario.CreatePlace(submitter);
        var requestId = Guid.NewGuid().ToString();
        Dictionary<string, object?> Input(string key) => new(DirectoryApi.Content(placeSlug, "Submitted once hub")) { ["requestId"] = key };

        var first = await DirectoryApi.Submit(submitter, Input(requestId));
        var second = await DirectoryApi.Submit(submitter, Input(requestId));
        var other = await DirectoryApi.Submit(submitter, Input(Guid.NewGuid().ToString()));

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
        var entry = await DirectoryApi.Organisation(submitter.Api, first);
        Assert.Equal("Submitted once hub", entry!["pending"]!["name"]!.GetValue<string>());
        var someoneElse = await new Scenario(app).Register("Olu");
        Assert.NotEqual(first, await DirectoryApi.Submit(someoneElse, Input(requestId)));
    }

    [Fact]
    public async Task CreatePlace_SentTwiceWithTheSameRequestId_AnswersWithThePlace_AndAnotherIdIsRefusedAsTaken()
    {
        var scenario = new Scenario(app);
        var (steward, other) = (await scenario.Register("Priya"), await scenario.Register("Quinn"));
        const string Create = "mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug name stewards { id } } } }";
        var name = "Created once " + Guid.NewGuid().ToString("N")[..8];
        object Input(string key) => new { i = new { name, purpose = "Working together", requestId = key } };
        var requestId = Guid.NewGuid().ToString();

        var first = (await steward.Api.Post(Create, Input(requestId))).ShouldSucceed().Data!["createPlace"]!["place"]!;
        var second = (await steward.Api.Post(Create, Input(requestId))).ShouldSucceed().Data!["createPlace"]!["place"]!;

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Single(second["stewards"]!.AsArray());
        Assert.Equal("place.slug-taken", (await steward.Api.Post(Create, Input(Guid.NewGuid().ToString()))).ErrorCode);
        Assert.Equal("place.slug-taken", (await other.Api.Post(Create, Input(requestId))).ErrorCode);
    }
}
