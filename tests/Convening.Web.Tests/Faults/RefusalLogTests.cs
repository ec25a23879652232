using System.Net;
using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Convening.Web.Tests.Boards;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Convening.Web.Tests.Faults;

/// <summary>Ordinary refusals are answers, not faults: the log keeps them short, so real errors stand out.</summary>
public sealed class RefusalLogTests
{
    [Fact]
    public async Task ARunOfOrdinaryRefusals_LeavesNoStackTraceOrErrorInTheLog_AndTooFastIs429()
    {
        var log = new LogCapture();
        var app = new WebAppFixture(new Dictionary<string, string>
        {
            ["Convening:Boards:BurstOperations"] = "3",
            ["Convening:Boards:OperationsPerSecond"] = "0.001",
        }, log.AddTo);
        try
        {
            var s = await BoardScenario.Create(app);
            var before = log.Entries.Count;
            await using var member = await new BoardWatcher(app.Url, s.Member.Token).Connect();
            await using var observer = await new BoardWatcher(app.Url, s.Observer.Token).Connect();
            await using var outsider = await new BoardWatcher(app.Url, s.Outsider.Token).Connect();
            await member.Join(s.BoardId);
            await observer.Join(s.BoardId);

            var refusals = new List<string>();
            for (var round = 0; round < 5; round++)
            {
                refusals.Add(await Refused(() => member.Do(s.BoardId, new EditCard("no-such-card", "x"))));
                refusals.Add(await Refused(() => observer.Do(s.BoardId, new AddCard(s.FirstLaneId, "x"))));
                refusals.Add(await Refused(() => outsider.Join(s.BoardId)));
            }
            for (var i = 0; i < 10; i++)
                await Refused(() => member.Do(s.BoardId, new AddCard(s.FirstLaneId, $"Card {i}")), allowSuccess: true);
            refusals.Add(await Refused(() => member.Do(s.BoardId, new AddCard(s.FirstLaneId, "One too many"))));
            Assert.Contains(refusals, r => r.Contains("board.too-fast:", StringComparison.Ordinal));

            var tooFast = await s.Member.Api.Post("mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }",
                new { i = new { boardId = s.BoardId, action = "ADD_CARD", laneId = s.FirstLaneId, text = "Over GraphQL" } });
            Assert.Equal("board.too-fast", tooFast.ErrorCode);
            Assert.Equal(HttpStatusCode.TooManyRequests, tooFast.Status);
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal("group.members-only", (await s.Outsider.Api.Post("query($id: ID!) { board(id: $id) { title } }", new { id = s.BoardId })).ErrorCode);
                Assert.Equal(HttpStatusCode.BadRequest, (await s.Member.Api.Post("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }", new { i = new { name = "" } })).Status);
            }

            var run = log.Entries.Skip(before).ToList();
            var noisy = run.Where(e => e.HasStackTrace || e.Level >= LogLevel.Warning).ToList();
            Assert.True(noisy.Count == 0, $"{noisy.Count} log entries with a stack trace or above Information after ordinary refusals:\n" + string.Join("\n", noisy.Take(10)));
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    private static async Task<string> Refused(Func<Task> call, bool allowSuccess = false)
    {
        try
        {
            await call();
            Assert.True(allowSuccess, "Expected a refusal.");
            return "";
        }
        catch (HubException e)
        {
            return e.Message;
        }
    }
}
