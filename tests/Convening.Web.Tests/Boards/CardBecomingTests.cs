using System.Net;
using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Boards;

/// <summary>A card becoming an experiment in the board's cycle, an action in its gathering, or evidence for a principle (decision 0041).</summary>
[Collection(WebCollection.Name)]
public sealed class CardBecomingTests(WebAppFixture app)
{
    private const string Promote = "mutation($i: PromoteCardInput!) { promoteCard(input: $i) { board { lanes { cards { id outcomes { kind reference title path } } } } } }";
    private const string Change = "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { lanes { id cards { id } } } } }";

    [Fact]
    public async Task CycleBoardCard_BecomesOneExperiment_EvenRetried_AndEveryoneWatchingSeesItsLink()
    {
        var s = await BoardScenario.Create(app);
        var cycle = (await s.Convenor.Api.Post("mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { id boardId } } }",
            new { i = new { groupId = s.GroupId, question = "Why do families repeat their story?" } })).ShouldSucceed().Data!["startCycle"]!["cycle"]!;
        var (cycleId, board) = (cycle["id"]!.GetValue<string>(), cycle["boardId"]!.GetValue<string>());
        var card = await AddCard(s.Member, board, "One phone number for families\n\nThey ring four services now.");
        await using var watcher = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await watcher.Join(board);

        var input = new { boardId = board, cardId = card, kind = "EXPERIMENT", title = "One phone number for families", requestId = "make-it-1" };
        var first = (await s.Member.Api.Post(Promote, new { i = input })).ShouldSucceed();
        (await s.Member.Api.Post(Promote, new { i = input })).ShouldSucceed();
        var outcome = first.Data!["promoteCard"]!["board"]!["lanes"]![0]!["cards"]![0]!["outcomes"]![0]!;
        Assert.Equal("EXPERIMENT", outcome["kind"]!.GetValue<string>());
        Assert.StartsWith($"/cycles/{cycleId}#experiment-", outcome["path"]!.GetValue<string>());

        var experiments = (await s.Convenor.Api.Post("query($id: ID!) { cycle(id: $id) { experiments { change why } } }", new { id = cycleId }))
            .ShouldSucceed().Data!["cycle"]!["experiments"]!.AsArray();
        var experiment = Assert.Single(experiments)!;
        Assert.Equal("One phone number for families", experiment["change"]!.GetValue<string>());
        Assert.Contains("ring four services", experiment["why"]!.GetValue<string>());
        // Undo cannot take the experiment back (decision 0049): it says so, rather than undoing the card's adding before it.
        var undo = await s.Member.Api.Post(Change, new { i = new { boardId = board, action = "UNDO" } });
        Assert.Equal("board.undo-promotion", undo.ErrorCode);
        await watcher.Until(w => w.Changes.Any(c => c.Event is CardPromoted p && p.CardId == card && p.Outcome.Kind == CardOutcomeKind.Experiment), "the card's new link");

        var again = await s.Member.Api.Post(Promote, new { i = input with { requestId = "make-it-2" } });
        Assert.Equal("board.already-promoted", again.ErrorCode);
        var byObserver = await s.Observer.Api.Post(Promote, new { i = input with { requestId = "observer" } });
        Assert.Equal("group.observer-read-only", byObserver.ErrorCode);
        var action = await s.Member.Api.Post(Promote, new { i = input with { kind = "ACTION", requestId = "action" } });
        Assert.Equal("board.no-gathering", action.ErrorCode);
    }

    [Fact]
    public async Task GatheringBoardCard_BecomesAnActionWithAnOwner_ThroughTheFormWithoutJavaScript()
    {
        var s = await BoardScenario.Create(app);
        var gathering = (await s.Convenor.Api.Post("mutation($i: PlanGatheringInput!) { planGathering(input: $i) { gathering { id } } }",
            new { i = new { groupId = s.GroupId, title = "Monthly check-in", format = "ONLINE", minutes = 60, timeZone = "Europe/London" } })).ShouldSucceed().Data!["planGathering"]!["gathering"]!["id"]!.GetValue<string>();
        var board = (await s.Convenor.Api.Post("mutation($i: GatheringRefInput!) { openGatheringBoard(input: $i) { gathering { boardId } } }",
            new { i = new { gatheringId = gathering } })).ShouldSucceed().Data!["openGatheringBoard"]!["gathering"]!["boardId"]!.GetValue<string>();
        var card = await AddCard(s.Convenor, board, "Ask the housing team to the next gathering");
        using var browser = await FormClient.SignedIn(app.Url, s.Convenor);

        var boardPage = await browser.Text($"/boards/{board}");
        var form = $"/boards/{board}/cards/{card}/become/action";
        Assert.Contains($"href=\"{form}\"", boardPage);
        Assert.DoesNotContain("/become/experiment", boardPage);
        var page = await browser.Text(form);
        Assert.Contains("value=\"Ask the housing team to the next gathering\"", page);
        Assert.Contains($"<option value=\"{s.Convenor.Id}\" selected=\"selected\">", page);
        var requestId = FormClient.HiddenValue(page, "requestId");
        (string, string)[] fields = [("title", "Invite the housing team"), ("owner", s.Member.Id), ("due-day", "1"), ("due-month", "3"), ("due-year", "2027"), ("requestId", requestId)];
        using var posted = await browser.Post(form, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var twice = await browser.Post(form, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, twice.StatusCode);

        var actions = (await s.Convenor.Api.Post("query($id: ID!) { gathering(id: $id) { actions { id text owner { id } } } }", new { id = gathering }))
            .ShouldSucceed().Data!["gathering"]!["actions"]!.AsArray();
        var added = Assert.Single(actions)!;
        Assert.Equal("Invite the housing team", added["text"]!.GetValue<string>());
        Assert.Equal(s.Member.Id, added["owner"]!["id"]!.GetValue<string>());

        // A second card saying the same, made the same action for the same person, is an action of its own:
        // each card links to the action it made, not to the other card's.
        var twin = await AddCard(s.Convenor, board, "Ask the housing team to the next gathering");
        var promoted = (await s.Convenor.Api.Post(Promote, new { i = new { boardId = board, cardId = twin, kind = "ACTION", title = "Invite the housing team", ownerId = s.Member.Id, due = "2027-03-01" } }))
            .ShouldSucceed().Data!["promoteCard"]!["board"]!["lanes"]![0]!["cards"]!.AsArray();
        var references = promoted.ToDictionary(c => c!["id"]!.GetValue<string>(), c => c!["outcomes"]!.AsArray().Single()!["reference"]!.GetValue<string>());
        var ids = (await s.Convenor.Api.Post("query($id: ID!) { gathering(id: $id) { actions { id } } }", new { id = gathering }))
            .ShouldSucceed().Data!["gathering"]!["actions"]!.AsArray().Select(a => $"{gathering}/{a!["id"]!.GetValue<string>()}").ToList();
        Assert.Equal([$"{gathering}/{added["id"]!.GetValue<string>()}", ids[1]], [references[card], references[twin]]);
        Assert.NotEqual(ids[0], ids[1]);
        boardPage = await browser.Text($"/boards/{board}");
        Assert.Contains($"Action: <a class=\"govuk-link\" href=\"/gatherings/{gathering}#actions\">Invite the housing team</a>", boardPage);
        Assert.DoesNotContain($"href=\"{form}\"", boardPage);
        Assert.Contains("not opened from a learning cycle", await browser.Text($"/boards/{board}/cards/{card}/become/experiment"));
    }

    [Fact]
    public async Task Card_AsEvidence_IsCitedByACurator_NotByAMember_AndNeverWhilePrivate()
    {
        var s = await BoardScenario.Create(app);
        var slug = (await s.Convenor.Api.Post("query($id: ID!) { group(id: $id) { place { slug } } }", new { id = s.GroupId })).ShouldSucceed().Data!["group"]!["place"]!["slug"]!.GetValue<string>();
        var principle = (await s.Convenor.Api.Post("mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id } } }",
            new { i = new { placeSlug = slug, statement = "Tell it once" } })).ShouldSucceed().Data!["draftPrinciple"]!["principle"]!["id"]!.GetValue<string>();
        (await s.Convenor.Api.Post("mutation($i: PrincipleIdInput!) { publishPrinciple(input: $i) { principle { status } } }", new { i = new { id = principle } })).ShouldSucceed();
        var card = await AddCard(s.Member, s.BoardId, "Families told their story to seven people");

        var byMember = await s.Member.Api.Post(Promote, new { i = new { boardId = s.BoardId, cardId = card, kind = "EVIDENCE", title = "Seven retellings", principleId = principle } });
        Assert.Equal("principle.not-a-curator", byMember.ErrorCode);
        (await s.Convenor.Api.Post(Promote, new { i = new { boardId = s.BoardId, cardId = card, kind = "EVIDENCE", title = "Seven retellings", principleId = principle } })).ShouldSucceed();
        var evidence = (await s.Outsider.Api.Post("query($id: ID!) { principle(id: $id) { evidence { kind reference note } } }", new { id = principle }))
            .ShouldSucceed().Data!["principle"]!["evidence"]!.AsArray();
        var cited = Assert.Single(evidence)!;
        Assert.Equal(("CARD", $"{s.BoardId}/{card}", "Seven retellings"), (cited["kind"]!.GetValue<string>(), cited["reference"]!.GetValue<string>(), cited["note"]!.GetValue<string>()));

        (await s.Convenor.Api.Post(Change, new { i = new { boardId = s.BoardId, action = "START_PRIVATE_WRITING" } })).ShouldSucceed();
        var secret = await AddCard(s.Convenor, s.BoardId, "Not yet for others");
        var refused = await s.Convenor.Api.Post(Promote, new { i = new { boardId = s.BoardId, cardId = secret, kind = "EVIDENCE", title = "Too soon", principleId = principle } });
        Assert.Equal("board.card-private", refused.ErrorCode);
    }

    /// <summary>Adds a card to the board's first lane; its id.</summary>
    private static async Task<string> AddCard(Person by, string board, string text)
    {
        var view = (await by.Api.Post("query($id: ID!) { board(id: $id) { lanes { id } } }", new { id = board })).ShouldSucceed().Data!["board"]!;
        var lane = view["lanes"]![0]!["id"]!.GetValue<string>();
        var after = (await by.Api.Post(Change, new { i = new { boardId = board, action = "ADD_CARD", laneId = lane, text } })).ShouldSucceed();
        return after.Data!["changeBoard"]!["board"]!["lanes"]![0]!["cards"]!.AsArray().Last()!["id"]!.GetValue<string>();
    }
}
