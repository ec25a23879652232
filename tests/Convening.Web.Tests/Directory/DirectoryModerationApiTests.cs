using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>Moderation through the API: nothing is public until a moderator publishes it, and only moderators review.</summary>
[Collection(WebCollection.Name)]
public sealed class DirectoryModerationApiTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task SubmittedEntry_IsInvisibleToThePublicAndOtherPeople_UntilAModeratorPublishesIt()
    {
        var (submitter, other, moderator) = (await _scenario.Register("Sam"), await _scenario.Register("Olu"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var word = Word();
        var id = await Submit(submitter, Content(place, $"Hub {word}"));

        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", id);
        Assert.Null(await Organisation(app.GraphQL(), id));
        Assert.Null(await Organisation(other.Api, id));
        Assert.Equal(0, (await Search(app.GraphQL(), new { text = word }))["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await Search(other.Api, new { places = new[] { place } }))["totalCount"]!.GetValue<int>());
        var own = await Organisation(submitter.Api, id);
        Assert.Equal("SUBMITTED", own!["status"]!.GetValue<string>());
        Assert.Equal($"Hub {word}", own["pending"]!["name"]!.GetValue<string>());
        Assert.True(own["canEdit"]!.GetValue<bool>());
        var queue = (await moderator.Api.Post("{ directoryModerationQueue(first: 100) { totalCount nodes { id name isChange submitterName } } }")).ShouldSucceed();
        var item = queue.Data!["directoryModerationQueue"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!;
        Assert.Equal(("Sam", false), (item["submitterName"]!.GetValue<string>(), item["isChange"]!.GetValue<bool>()));

        (await TryReview(moderator, id, "PUBLISH")).ShouldSucceed();

        var shown = await Organisation(app.GraphQL(), id);
        Assert.Equal(("PUBLISHED", $"Hub {word}"), (shown!["status"]!.GetValue<string>(), shown["published"]!["name"]!.GetValue<string>()));
        Assert.NotNull(shown["assuredAt"]!.GetValue<string>());
        Assert.Null(shown["pending"]);
        Assert.Equal([$"Hub {word}"], Names(await Search(app.GraphQL(), new { text = word })));
        Assert.Equal(1, (await Search(other.Api, new { places = new[] { place } }))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReturnedEntry_ShowsTheModeratorsComment_ToTheSubmitterOnly_AndAResubmissionGoesBackInTheQueue()
    {
        var (submitter, other, moderator) = (await _scenario.Register("Rita"), await _scenario.Register("Oscar"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var id = await Submit(submitter, Content(place, "Befriending " + Word()));

        Assert.Equal("comment.empty", (await TryReview(moderator, id, "RETURN")).ErrorCode);
        (await TryReview(moderator, id, "RETURN", "Please say how people are referred.")).ShouldSucceed();

        var own = await Organisation(submitter.Api, id);
        Assert.Equal(("RETURNED", "RETURNED"), (own!["status"]!.GetValue<string>(), own["pendingStatus"]!.GetValue<string>()));
        var comment = own["comments"]!.AsArray().Single()!;
        Assert.Equal(("Please say how people are referred.", TestModeratorName, true),
            (comment["text"]!.GetValue<string>(), comment["authorName"]!.GetValue<string>(), comment["byModerator"]!.GetValue<bool>()));
        Assert.Null(await Organisation(other.Api, id));
        Assert.Null(await Organisation(app.GraphQL(), id));
        Assert.Equal("organisation.nothing-to-review", (await TryReview(moderator, id, "PUBLISH")).ErrorCode);

        (await TryUpdate(submitter, id, Content(place, "Befriending, by referral"))).ShouldSucceed();
        var queue = (await moderator.Api.Post("{ directoryModerationQueue(first: 100) { nodes { id name } } }")).ShouldSucceed();
        Assert.Contains(queue.Data!["directoryModerationQueue"]!["nodes"]!.AsArray(), n => n!["id"]!.GetValue<string>() == id && n["name"]!.GetValue<string>() == "Befriending, by referral");
        Assert.Equal("SUBMITTED", (await Organisation(submitter.Api, id))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task NonModerators_CannotReview_ReadTheQueue_OrAppointModerators_UntilAModeratorAppointsThem()
    {
        var (submitter, other, moderator) = (await _scenario.Register("Nell"), await _scenario.Register("Pat"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var id = await Submit(submitter, Content(place, "Coaching " + Word()));

        Assert.Equal("directory.not-a-moderator", (await TryReview(submitter, id, "PUBLISH")).ErrorCode);
        Assert.Equal("directory.not-a-moderator", (await TryReview(other, id, "PUBLISH")).ErrorCode);
        Assert.Equal("auth.required", (await app.GraphQL().Post("mutation { reviewOrganisation(input: {id: \"" + id + "\", decision: PUBLISH}) { organisation { id } } }")).ErrorCode);
        Assert.Equal("directory.not-a-moderator", (await other.Api.Post("{ directoryModerationQueue { totalCount } }")).ErrorCode);
        Assert.Equal("directory.not-a-moderator", (await Appoint(other, other.Email)).ErrorCode);
        Assert.Null(await Organisation(app.GraphQL(), id));

        Assert.Equal(other.Email, (await Appoint(moderator, other.Email)).ShouldSucceed().Data!["appointDirectoryModerator"]!["directoryModerator"]!["email"]!.GetValue<string>());
        (await other.Api.Post("{ directoryModerationQueue { totalCount } }")).ShouldSucceed();
        Assert.True((await Organisation(other.Api, id))!["canModerate"]!.GetValue<bool>());
        (await TryReview(other, id, "PUBLISH")).ShouldSucceed();
        Assert.NotNull(await Organisation(app.GraphQL(), id));
    }

    [Fact]
    public async Task Editors_CannotEndorseTheirOwnEntry_PeopleInAGroupCan_AndTheirNameIsShown()
    {
        var (submitter, convenor, loner, moderator) = (await _scenario.Register("Eve"), await _scenario.Register("Gita"), await _scenario.Register("Lou"), await Moderator(app));
        // Gita belongs to a group someone else's place approved: a group of one's own would vouch for nothing.
        var host = await _scenario.Register("Hana");
        var place = await Scenario.CreatePlace(host);
        await Scenario.Join(host, await Scenario.Convene(host, place), convenor);
        var id = await Published(submitter, moderator, Content(place, "Advocacy " + Word(), approaches: ["strengths-based", "co-production"]));

        Assert.Equal("endorsement.own-entry", (await TryEndorse(submitter, id, "co-production")).ErrorCode);
        Assert.Equal("endorsement.not-eligible", (await TryEndorse(loner, id, "co-production")).ErrorCode);
        Assert.Equal("endorsement.unknown-approach", (await TryEndorse(convenor, id, "trauma-informed")).ErrorCode);
        (await TryEndorse(convenor, id, "co-production")).ShouldSucceed();

        var endorsement = (await Organisation(app.GraphQL(), id))!["endorsements"]!.AsArray().Single()!;
        Assert.Equal(("co-production", "Gita", false), (endorsement["approach"]!.GetValue<string>(), endorsement["personName"]!.GetValue<string>(), endorsement["byMe"]!.GetValue<bool>()));
        Assert.True((await Organisation(convenor.Api, id))!["endorsements"]![0]!["byMe"]!.GetValue<bool>());
        (await TryEndorse(convenor, id, "co-production", on: false)).ShouldSucceed();
        Assert.Empty((await Organisation(app.GraphQL(), id))!["endorsements"]!.AsArray());
    }

    [Fact]
    public async Task ChangeToAPublishedEntry_StaysPending_WhileThePublishedVersionIsStillShown()
    {
        var (submitter, other, moderator) = (await _scenario.Register("Cai"), await _scenario.Register("Dot"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var (before, after) = (Word(), Word());
        var id = await Published(submitter, moderator, Content(place, $"Food club {before}"));

        Assert.Equal("organisation.not-an-editor", (await TryUpdate(other, id, Content(place, "Hijacked"))).ErrorCode);
        Assert.Equal("organisation.not-found", (await TryUpdate(other, Guid.NewGuid().ToString("D"), Content(place, "Made up"))).ErrorCode);
        (await TryUpdate(submitter, id, Content(place, $"Food club {after}"))).ShouldSucceed();

        var shown = await Organisation(app.GraphQL(), id);
        Assert.Equal(($"Food club {before}", null), (shown!["published"]!["name"]!.GetValue<string>(), shown["pending"]?.GetValue<string>()));
        Assert.Equal([$"Food club {before}"], Names(await Search(other.Api, new { text = before })));
        Assert.Equal(0, (await Search(other.Api, new { text = after }))["totalCount"]!.GetValue<int>());
        var own = await Organisation(submitter.Api, id);
        Assert.Equal(("PUBLISHED", "SUBMITTED"), (own!["status"]!.GetValue<string>(), own["pendingStatus"]!.GetValue<string>()));
        Assert.Equal(($"Food club {before}", $"Food club {after}", $"Food club {after}"),
            (own["published"]!["name"]!.GetValue<string>(), own["pending"]!["name"]!.GetValue<string>(), own["current"]!["name"]!.GetValue<string>()));
        var queue = (await moderator.Api.Post("{ directoryModerationQueue(first: 100) { nodes { id isChange } } }")).ShouldSucceed();
        Assert.True(queue.Data!["directoryModerationQueue"]!["nodes"]!.AsArray().Single(n => n!["id"]!.GetValue<string>() == id)!["isChange"]!.GetValue<bool>());

        (await TryReview(moderator, id, "PUBLISH")).ShouldSucceed();
        Assert.Equal($"Food club {after}", (await Organisation(app.GraphQL(), id))!["published"]!["name"]!.GetValue<string>());
        Assert.Equal(0, (await Search(other.Api, new { text = before }))["totalCount"]!.GetValue<int>());
    }

    private const string TestModeratorName = Convening.Testing.TestModerator.Name;

    private static Task<Reply> Appoint(Person who, string email) =>
        who.Api.Post("mutation($i: AppointDirectoryModeratorInput!) { appointDirectoryModerator(input: $i) { directoryModerator { email } } }", new { i = new { email } });
}
