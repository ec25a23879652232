using Convening.Contracts.Boards;
using Convening.Grains;
using Convening.Testing.Boards;
using Convening.Web.Tests.Gatherings;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.Boards;

/// <summary>A board's clock times are UK time, whatever the server's own zone (this machine's is UTC).</summary>
[Collection(WebCollection.Name)]
public sealed class BoardClockTests
{
    [Fact]
    public async Task VotesClosingTime_AndTimersEnd_AreInUkTime_DuringBritishSummerTime()
    {
        var clock = new MovableTime();
        using var host = new WebAppFixture(new Dictionary<string, string>(), s => s.AddSingleton(new GrainClock(clock)));
        var s = await BoardScenario.Create(host);
        await using var facilitator = await new BoardWatcher(host.Url, s.Convenor.Token).Connect();
        var start = (await facilitator.Join(s.BoardId)).Version;

        // The board's clock in July, when UK time (BST) is an hour ahead of UTC.
        clock.Jump(new DateTimeOffset(2027, 7, 1, 11, 0, 0, TimeSpan.Zero));
        await facilitator.Do(s.BoardId, new OpenVote(3, 600));
        await facilitator.Do(s.BoardId, new StartTimer(300));
        var changes = await facilitator.Since(s.BoardId, start);
        var closes = changes.Select(c => c.Event).OfType<VoteOpened>().Single().ClosesAt!.Value;
        var ends = changes.Select(c => c.Event).OfType<TimerStarted>().Single().EndsAt;
        Assert.Equal(new DateOnly(2027, 7, 1), DateOnly.FromDateTime(closes.UtcDateTime));

        using var page = await FormClient.SignedIn(host.Url, s.Member);
        var html = await page.Text($"/boards/{s.BoardId}");
        Assert.Contains($"It closes at {closes.UtcDateTime.AddHours(1):HH:mm}.", html);
        Assert.Contains($"Timer: ends at {ends.UtcDateTime.AddHours(1):HH:mm:ss}", html);
    }

    /// <summary>Real time, put forward on demand: the grains' clock only, so Orleans' own timers are untouched.</summary>
    private sealed class MovableTime : TimeProvider
    {
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _ticks));

        public void Jump(DateTimeOffset to) => Interlocked.Exchange(ref _ticks, (to - base.GetUtcNow()).Ticks);
    }
}
