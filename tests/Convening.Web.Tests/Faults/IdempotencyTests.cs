using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Convening.Web.Tests.Boards;

namespace Convening.Web.Tests.Faults;

/// <summary>A command sent again with the same request id, after its answer was lost, is recognised and not done twice.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class IdempotencyTests(WebAppFixture app)
{
    private const string Change = "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version lanes { cards { text } } } } }";

    [Fact]
    public async Task RetriedHubCommand_WithTheSameRequestId_IsAppliedOnce()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await using var watcher = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await ann.Join(s.BoardId);
        await watcher.Join(s.BoardId);
        var requestId = Guid.NewGuid().ToString();

        var first = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Sent twice") { RequestId = requestId });
        var retried = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Sent twice") { RequestId = requestId });
        var other = await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Sent twice") { RequestId = Guid.NewGuid().ToString() });

        Assert.Equal(first, retried);
        Assert.Equal(first + 1, other);
        await watcher.Until(w => w.Changes.Any(c => c.Version == other), "the second card");
        Assert.Single(watcher.Changes, c => c.Version == first);
        Assert.Equal(2, watcher.Changes.Count(c => c.Event is CardAdded { Text: "Sent twice" }));
        Assert.All(watcher.Changes, c => Assert.Null(c.RequestId));
    }

    [Fact]
    public async Task RetriedGraphQLChange_WithTheSameRequestId_IsAppliedOnce()
    {
        var s = await BoardScenario.Create(app);
        var input = new { boardId = s.BoardId, action = "ADD_CARD", laneId = s.FirstLaneId, text = "Once only", requestId = "retry-1" };

        var first = (await s.Member.Api.Post(Change, new { i = input })).ShouldSucceed().Data!["changeBoard"]!["board"]!;
        var second = (await s.Member.Api.Post(Change, new { i = input })).ShouldSucceed().Data!["changeBoard"]!["board"]!;

        Assert.Equal(first["version"]!.GetValue<long>(), second["version"]!.GetValue<long>());
        Assert.Single(second["lanes"]![0]!["cards"]!.AsArray(), c => c!["text"]!.GetValue<string>() == "Once only");

        // Another person's same request id is their own request.
        (await s.Convenor.Api.Post(Change, new { i = input })).ShouldSucceed();
    }

    [Fact]
    public async Task RetriedOpenBoard_WithTheSameRequestId_OpensOneBoard()
    {
        var s = await BoardScenario.Create(app);
        var open = "mutation($i: OpenBoardInput!) { openBoard(input: $i) { board { id } } }";
        var input = new { i = new { groupId = s.GroupId, title = "Opened once", requestId = Guid.NewGuid().ToString() } };

        var first = (await s.Convenor.Api.Post(open, input)).ShouldSucceed().Data!["openBoard"]!["board"]!["id"]!.GetValue<string>();
        var second = (await s.Convenor.Api.Post(open, input)).ShouldSucceed().Data!["openBoard"]!["board"]!["id"]!.GetValue<string>();

        Assert.Equal(first, second);
    }
}
