using System.Net;
using static Convening.Web.Tests.Gatherings.GatheringApi;

namespace Convening.Web.Tests.Gatherings;

[Collection(SecondWebCollection.Name)]
public sealed class GatheringApiTests(WebAppFixture app)
{
    private static readonly string[] Weekdays = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"];

    [Fact]
    public async Task Convenor_PlansFromSuggestedTimes_AndMembersReply()
    {
        var setup = await Setup(app);
        await Profile(setup.Convenor, "SOCIAL_CARE", "Essex County Council", "Europe/London", "08:00", "18:00");
        await Profile(setup.Member, "EMPLOYMENT", "Jobcentre Plus", "America/New_York", "09:00", "17:00");
        await Profile(setup.Observer, "LIVED_EXPERIENCE", "", "Europe/London", "10:00", "20:00");
        (await setup.Member.Api.Post("mutation($i: SetDeputyInput!) { setDeputy(input: $i) { person { id } } }",
            new { i = new { name = "Dee Okafor", contact = "07700 900123" } })).ShouldSucceed();
        (await setup.Member.Api.Post("mutation($i: SetAgencyHoursInput!) { setAgencyHours(input: $i) { group { agencyHours { organisation } } } }",
            new { i = new { groupId = setup.GroupId, organisation = "essex county council", hours = Hours("Europe/London", "09:00", "17:00") } })).ShouldSucceed();

        var reply = (await Get(setup.Convenor, setup.GatheringId,
            "suggestedTimes(weeks: 2, count: 3) { start canComeCount memberCount leavesOutLivedExperience missingSectors cannotCome { person { name } reason deputy { name } } }")).ShouldSucceed();
        var best = reply.Data!["gathering"]!["suggestedTimes"]![0]!;
        Assert.Equal((3, 3, false), (best["canComeCount"]!.GetValue<int>(), best["memberCount"]!.GetValue<int>(), best["leavesOutLivedExperience"]!.GetValue<bool>()));

        var scheduled = await Schedule(setup.Convenor, setup.GatheringId, best["start"]!.GetValue<DateTimeOffset>());
        (await Mutate(setup.Member, "respondToGathering", "RespondToGatheringInput", new { gatheringId = setup.GatheringId, answer = "YES" })).ShouldSucceed();
        var after = (await Mutate(setup.Observer, "respondToGathering", "RespondToGatheringInput",
            new { gatheringId = setup.GatheringId, answer = "MAYBE", note = "If my PA can drive" })).ShouldSucceed();

        Assert.Equal("PLANNED", scheduled["status"]!.GetValue<string>());
        Assert.Equal(best["start"]!.GetValue<DateTimeOffset>(), scheduled["startsAt"]!.GetValue<DateTimeOffset>());
        var counts = after.Data!["respondToGathering"]!["gathering"]!["responseCounts"]!;
        Assert.Equal((1, 0, 1), (counts["yes"]!.GetValue<int>(), counts["no"]!.GetValue<int>(), counts["maybe"]!.GetValue<int>()));
        var listed = (await setup.Member.Api.Post("query($id: ID!) { group(id: $id) { gatherings { totalCount nodes { id status } } } }", new { id = setup.GroupId })).ShouldSucceed();
        Assert.Equal(setup.GatheringId, listed.Data!["group"]!["gatherings"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Action_ShowsOnItsOwnersOwnPage_UntilDone()
    {
        var setup = await Setup(app, NextWeekInLondon());
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)).ToString("yyyy-MM-dd");
        var added = (await Mutate(setup.Convenor, "addAction", "AddActionInput",
            new { gatheringId = setup.GatheringId, text = "Cost the taxi journeys", ownerId = setup.Member.Id, due })).ShouldSucceed();
        var actionId = added.Data!["addAction"]!["gathering"]!["actions"]![0]!["id"]!.GetValue<string>();

        Assert.Equal(["Cost the taxi journeys"], await MyActions(setup.Member));
        (await Mutate(setup.Member, "setActionDone", "SetActionDoneInput", new { gatheringId = setup.GatheringId, itemId = actionId, done = true })).ShouldSucceed();
        Assert.Empty(await MyActions(setup.Member));
    }

    [Fact]
    public async Task Notes_SavedFromAStaleVersion_AreRefused_AndTheFirstSaveKept()
    {
        var setup = await Setup(app, NextWeekInLondon());
        (await Mutate(setup.Member, "updateGatheringNotes", "UpdateGatheringNotesInput", new { gatheringId = setup.GatheringId, text = "Ben's notes", baseVersion = 0 })).ShouldSucceed();

        var clash = await Mutate(setup.Convenor, "updateGatheringNotes", "UpdateGatheringNotesInput", new { gatheringId = setup.GatheringId, text = "Asha's notes", baseVersion = 0 });

        Assert.Equal((HttpStatusCode.Conflict, "notes.changed-elsewhere"), (clash.Status, clash.ErrorCode));
        var notes = (await Get(setup.Convenor, setup.GatheringId)).ShouldSucceed().Data!["gathering"]!["notes"]!;
        Assert.Equal(("Ben's notes", 1), (notes["markdown"]!.GetValue<string>(), notes["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Gathering_ForOutsidersAndTheAnonymous_ShowsNothing()
    {
        var setup = await Setup(app, NextWeekInLondon());
        (await Mutate(setup.Member, "updateGatheringNotes", "UpdateGatheringNotesInput", new { gatheringId = setup.GatheringId, text = "Confidential: restructure", baseVersion = 0 })).ShouldSucceed();
        var outsider = await new Scenario(app).Register("Mallory");

        var asOutsider = await Get(outsider, setup.GatheringId);
        var anonymous = await app.GraphQL().Post("query($id: ID!) { gathering(id: $id) { notes { markdown } } }", new { id = setup.GatheringId });

        // A refused nullable field is partial data: 200 with the error, as the GraphQL-over-HTTP spec asks (decision 0002).
        Assert.Equal(("group.members-only", null), (asOutsider.ErrorCode, asOutsider.Data?["gathering"]));
        Assert.Equal(("auth.required", null), (anonymous.ErrorCode, anonymous.Data?["gathering"]));
        Assert.DoesNotContain("Confidential", asOutsider.Json!.ToJsonString());
        Assert.DoesNotContain("Confidential", anonymous.Json!.ToJsonString());
    }

    [Theory]
    [InlineData("scheduleGathering", "ScheduleGatheringInput", "start.in-the-past")]
    [InlineData("addAction", "AddActionInput", "owner.not-a-member")]
    [InlineData("reflectOnGathering", "ReflectOnGatheringInput", "gathering.not-yet-happened")]
    [InlineData("planGathering", "PlanGatheringInput", "join-url.invalid")]
    public async Task BadInput_IsRefusedWithAStableCode(string mutation, string inputType, string code)
    {
        var setup = await Setup(app, NextWeekInLondon());
        object input = mutation switch
        {
            "scheduleGathering" => new { gatheringId = setup.GatheringId, startsAt = DateTimeOffset.UtcNow.AddDays(-1) },
            "addAction" => new { gatheringId = setup.GatheringId, text = "x", ownerId = (await new Scenario(app).Register("Mallory")).Id, due = "2099-01-01" },
            "reflectOnGathering" => new { gatheringId = setup.GatheringId, level = "POSITIONAL" },
            _ => new { groupId = setup.GroupId, title = "x", format = "ONLINE", joinUrl = "javascript:alert(1)", minutes = 60, timeZone = "Europe/London" },
        };

        var reply = await Mutate(setup.Convenor, mutation, inputType, input);

        Assert.Equal(code, reply.ErrorCode);
        Assert.InRange((int)reply.Status, 400, 499);
    }

    private static async Task Profile(Person person, string sector, string organisation, string zone, string from, string to) =>
        (await person.Api.Post("mutation($i: UpdateProfileInput!) { updateProfile(input: $i) { person { id } } }",
            new { i = new { displayName = person.Name, sector, organisation, availability = Hours(zone, from, to) } })).ShouldSucceed();

    private static object Hours(string zone, string from, string to) =>
        new { timeZone = zone, windows = Weekdays.Select(day => new { day, from, to }).ToArray() };

    private static async Task<List<string>> MyActions(Person person) =>
        [.. (await person.Api.Post("{ me { actions { text due gatheringTitle } } }")).ShouldSucceed().Data!["me"]!["actions"]!.AsArray().Select(a => a!["text"]!.GetValue<string>())];
}
