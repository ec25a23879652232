using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Convening.Web.Tests.Gatherings;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Tests.Boards;

/// <summary>Private writing: each card is its author's alone until the reveal, on every way out (view, query, broadcast, catch-up).</summary>
[Collection(WebCollection.Name)]
public sealed class PrivateWritingTests(WebAppFixture app)
{
    private const string Secret = "Housing told us they would not take referrals from us";

    [Fact]
    public async Task PrivateCard_ReachesOnlyItsAuthor_UntilRevealedWithoutNames()
    {
        var s = await BoardScenario.Create(app);
        await using var facilitator = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var member = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await using var observer = await new BoardWatcher(app.Url, s.Observer.Token).Connect();
        var start = (await facilitator.Join(s.BoardId)).Version;
        await member.Join(s.BoardId);
        await observer.Join(s.BoardId);

        await facilitator.Do(s.BoardId, new StartPrivateWriting());
        var added = await member.Do(s.BoardId, new AddCard(s.FirstLaneId, Secret));
        await member.Do(s.BoardId, new AddComment((await CardId(member, added)), "And they said it twice"));
        await observer.Until(w => w.Changes.Count(c => c.Event is PrivateWork) == 2, "the private work, without its text");
        await facilitator.Until(w => w.Changes.Count(c => c.Event is PrivateWork) == 2, "the private work, without its text");

        foreach (var other in new[] { facilitator, observer })
        {
            Assert.DoesNotContain(Secret, other.Traffic);
            Assert.DoesNotContain("twice", other.Traffic);
            Assert.DoesNotContain(s.Member.Id, other.Traffic);
            Assert.DoesNotContain(Secret, System.Text.Json.JsonSerializer.Serialize(await other.Since(s.BoardId, start)));
        }
        var theirQuery = await Board(s, s.Convenor);
        Assert.DoesNotContain(Secret, theirQuery);
        Assert.Contains("\"hiddenCards\":1", theirQuery);
        var ownQuery = await Board(s, s.Member);
        Assert.Contains(Secret, ownQuery);
        Assert.Contains("\"private\":true", ownQuery);
        // The page carries the board for the live client to draw at once (decision 0048): the author's alone.
        using (var facilitatorPage = await FormClient.SignedIn(app.Url, s.Convenor))
        {
            var page = await facilitatorPage.Text($"/boards/{s.BoardId}");
            Assert.Contains("data-board=\"{&quot;", page);
            Assert.DoesNotContain(Secret, page);
            // Without JavaScript each empty lane's button names its lane, as one phrase for a screen reader.
            Assert.Contains("Remove empty lane<span class=\"govuk-visually-hidden\"> 'What we&#x27;ll try'</span>", page);
        }
        using (var memberPage = await FormClient.SignedIn(app.Url, s.Member))
        {
            Assert.Contains($"&quot;text&quot;:&quot;{Secret}&quot;", await memberPage.Text($"/boards/{s.BoardId}"));
            // The card's own page of forms (decision 0055): its author's, nobody else's.
            Assert.Contains("And they said it twice", await memberPage.Text($"/boards/{s.BoardId}/cards/{await CardId(member, added)}"));
        }
        using (var facilitatorPage = await FormClient.SignedIn(app.Url, s.Convenor))
        {
            var refused = await facilitatorPage.Get($"/boards/{s.BoardId}/cards/{await CardId(member, added)}");
            Assert.NotEqual(System.Net.HttpStatusCode.OK, refused.StatusCode);
            Assert.DoesNotContain(Secret, await refused.Content.ReadAsStringAsync());
        }

        await facilitator.Do(s.BoardId, new RevealCards(Anonymous: true));
        await observer.Until(w => w.Changes.Any(c => c.Event is CardsRevealed), "the reveal");
        var revealed = (CardsRevealed)observer.Changes.Single(c => c.Event is CardsRevealed).Event;
        Assert.Equal(Secret, revealed.Cards.Single().Card.Text);
        Assert.Equal(BoardLimits.Anonymous, revealed.Cards.Single().Card.Author.Name);
        Assert.Equal(BoardLimits.Anonymous, revealed.Cards.Single().Card.Comments.Single().Author.Name);
        Assert.DoesNotContain(s.Member.Id, observer.Traffic);
        Assert.Contains(Secret, await Board(s, s.Observer));
        Assert.DoesNotContain("\"Member", await Board(s, s.Observer));
        Assert.Contains("\"name\":\"Member", await Board(s, s.Member));
    }

    [Fact]
    public async Task Reveal_ByAMember_IsRefused_WhileAFacilitatorIsThere_AndAllowedOnceTheyLeave()
    {
        var s = await BoardScenario.Create(app);
        var facilitator = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var member = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await facilitator.Join(s.BoardId);
        await member.Join(s.BoardId);
        await facilitator.Do(s.BoardId, new StartPrivateWriting());
        await member.Do(s.BoardId, new AddCard(s.FirstLaneId, Secret));

        var refused = await Assert.ThrowsAsync<HubException>(() => member.Do(s.BoardId, new RevealCards()));
        Assert.Contains("board.facilitator-only", refused.Message);

        await facilitator.DisposeAsync();
        await member.Until(w => w.PresenceUpdates.Count > 0 && w.PresenceUpdates[^1].All(p => p.Id != s.Convenor.Id), "the facilitator leaving");
        await member.Do(s.BoardId, new RevealCards());
        Assert.Contains(Secret, await Board(s, s.Convenor));
        Assert.Contains("\"privateWriting\":false", await Board(s, s.Convenor));
    }

    [Fact]
    public async Task PrivateCard_CannotBeFound_VotedOn_OrHaveItsLaneRemoved_ByOthers()
    {
        var s = await BoardScenario.Create(app);
        await using var facilitator = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var member = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await facilitator.Join(s.BoardId);
        await member.Join(s.BoardId);
        await facilitator.Do(s.BoardId, new StartPrivateWriting());
        var cardId = await CardId(member, await member.Do(s.BoardId, new AddCard(s.SecondLaneId, Secret)));

        var move = await Assert.ThrowsAsync<HubException>(() => facilitator.Do(s.BoardId, new MoveCard(cardId, s.FirstLaneId, 0)));
        Assert.Contains("board.card-not-found", move.Message);
        var remove = await Assert.ThrowsAsync<HubException>(() => facilitator.Do(s.BoardId, new RemoveLane(s.SecondLaneId)));
        Assert.Contains("board.lane-not-empty", remove.Message);
        await facilitator.Do(s.BoardId, new OpenVote(3));
        var vote = await Assert.ThrowsAsync<HubException>(() => member.Do(s.BoardId, new CastVote(cardId)));
        Assert.Contains("board.card-private", vote.Message);
        var again = await Assert.ThrowsAsync<HubException>(() => facilitator.Do(s.BoardId, new StartPrivateWriting()));
        Assert.Contains("board.private-writing-on", again.Message);
    }

    private static async Task<string> CardId(BoardWatcher author, long version)
    {
        await author.Until(w => w.Changes.Any(c => c.Version == version), "the author's own change");
        return ((CardAdded)author.Changes.Single(c => c.Version == version).Event).CardId;
    }

    private static async Task<string> Board(BoardScenario s, Person who) =>
        (await who.Api.Post("query($id: ID!) { board(id: $id) { privateWriting hiddenCards lanes { cards { text private author { id name } comments { text authorName } } } } }",
            new { id = s.BoardId })).ShouldSucceed().Json!.ToJsonString();
}
