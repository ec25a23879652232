using Convening.Contracts.Boards;
using Convening.Web.GraphQL.Cycles;
using Convening.Web.Markdown;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Boards;

public sealed class BoardType : ObjectGraphType<BoardView>
{
    public BoardType()
    {
        Name = "Board";
        Description = "A live board of cards in lanes. Members edit, observers watch, facilitators control.";
        Field(x => x.Id).Description("The board's id; watch it live at /hubs/boards.");
        Field(x => x.GroupId).Description("The group whose members use it.");
        Field(x => x.Title).Description("The board's title.");
        Field(x => x.Version).Description("How many changes the board has had; a watcher catches up from here.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LaneType>>>, IReadOnlyList<Lane>>("lanes").Description("The lanes, in order.").InMemory().Resolve(c => c.Source.Lanes);
        Field(x => x.Locked).Description("Whether the facilitator has locked the board.");
        Field<BoardVoteType, BoardVote>("vote").Description("The open vote, or the last vote's results.").Resolve(c => c.Source.Vote);
        Field(x => x.TimerEndsAt, nullable: true).Description("When the facilitator's timer ends, if one is running.");
        Field(x => x.FocusLaneId, nullable: true).Description("The lane the facilitator has brought everyone to.");
        Field(x => x.FocusCardId, nullable: true).Description("The card the facilitator has brought everyone to, if a card rather than a whole lane.");
        Field(x => x.PrivateWriting).Description("Whether private writing is on: new cards are seen only by their authors until the facilitator reveals them.");
        Field(x => x.HiddenCards).Description("How many cards other people are writing privately (their text is never sent to you before the reveal).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BoardClusterType>>>, IReadOnlyList<Cluster>>("clusters").Description("Named clusters that cards are grouped into, oldest first.").InMemory().Resolve(c => c.Source.Clusters);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BoardPersonType>>>, IReadOnlyList<PresentPerson>>("present").Description("Who is on the board now.").InMemory().Resolve(c => c.Source.Present);
        Field<BoardContextType, BoardContext>("context").Description("The learning cycle or gathering the board was opened from, if known.").Resolve(c => c.Source.Context);
        Field(x => x.CanEdit).Description("Whether you can add and change cards.");
        Field(x => x.CanFacilitate).Description("Whether you can use the facilitator's controls.");
    }
}

public sealed class LaneType : ObjectGraphType<Lane>
{
    public LaneType()
    {
        Name = "Lane";
        Description = "A column of cards, e.g. 'What we notice'.";
        Field(x => x.Id).Description("The lane's id.");
        Field(x => x.Title).Description("The lane's title.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CardType>>>, IReadOnlyList<Card>>("cards").Description("The lane's first cards, top first (as many as the board was asked for), then your own private cards.").InMemory().Resolve(c => c.Source.Cards);
        Field(x => x.Total).Description("How many cards everyone can see in the lane; boardLaneCards brings those after the first.");
    }
}

public sealed class BoardLanePageType : ObjectGraphType<LanePage>
{
    public BoardLanePageType()
    {
        Name = "BoardLanePage";
        Description = "Some of a lane's cards, from a position, as of a version of the board.";
        Field(x => x.LaneId).Description("The lane's id.");
        Field(x => x.From).Description("The position of the first card here, 0 for the top.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CardType>>>, IReadOnlyList<Card>>("cards").Description("The cards, in order.").InMemory().Resolve(c => c.Source.Cards);
        Field(x => x.Total).Description("How many cards everyone can see in the lane.");
        Field(x => x.Version).Description("The board's version these cards are from.");
    }
}

public sealed class CardType : ObjectGraphType<Card>
{
    public CardType()
    {
        Name = "Card";
        Description = "A card on a board.";
        Field(x => x.Id).Description("The card's id.");
        Field(x => x.Text).Description("The card's text as written (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("html").Description("The text rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Text).ToString()!);
        Field(x => x.Colour).Description("The card's colour.");
        Field<NonNullGraphType<BoardPersonType>, PresentPerson>("author").Description("Who wrote it; named 'Anonymous', with an empty id, when it was revealed without names (except to its author).").Resolve(c => new PresentPerson(c.Source.Author.Id, c.Source.Author.Name, null));
        Field(x => x.CreatedAt).Description("When it was added.");
        Field(x => x.Votes, nullable: true).Description("Dots from the last closed vote; null while a vote is open or before any.");
        Field(x => x.ClusterId, nullable: true).Description("The cluster it is grouped in (see Board.clusters), if any.");
        Field(x => x.Private).Description("Still private: written during private writing, so only you (its author) see it until the reveal.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CardOutcomeType>>>, IReadOnlyList<CardOutcome>>("outcomes").Description("What the card became (experiments, actions, evidence), oldest first.").InMemory().Resolve(c => c.Source.Outcomes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CommentType>>>, IReadOnlyList<Comment>>("comments").Description("Comments, oldest first.").InMemory().Resolve(c => c.Source.Comments);
    }
}

public sealed class BoardClusterType : ObjectGraphType<Cluster>
{
    public BoardClusterType()
    {
        Name = "BoardCluster";
        Description = "A named group of cards that belong together, across lanes.";
        Field(x => x.Id).Description("The cluster's id.");
        Field(x => x.Title).Description("The cluster's name.");
    }
}

public sealed class CommentType : ObjectGraphType<Comment>
{
    public CommentType()
    {
        Name = "Comment";
        Description = "A comment on a card.";
        Field(x => x.Id).Description("The comment's id.");
        Field(x => x.Text).Description("What was said.");
        Field<NonNullGraphType<StringGraphType>, string>("authorName").Description("Who said it.").Resolve(c => c.Source.Author.Name);
        Field(x => x.At).Description("When.");
    }
}

public sealed class BoardPersonType : ObjectGraphType<PresentPerson>
{
    public BoardPersonType()
    {
        Name = "BoardPerson";
        Description = "Someone on a board.";
        Field(x => x.Id).Description("Their id.");
        Field(x => x.Name).Description("Their name.");
        Field(x => x.LaneId, nullable: true).Description("The lane they are working in, if they said.");
        Field(x => x.CardId, nullable: true).Description("The card they are on, if they said (never a card you cannot see).");
        Field(x => x.Activity, nullable: true).Description("What they are doing: writing, editing or commenting; null for just looking.");
    }
}

public sealed class BoardVoteType : ObjectGraphType<BoardVote>
{
    public BoardVoteType()
    {
        Name = "BoardVote";
        Description = "A dot vote: tallies stay hidden until it closes.";
        Field(x => x.Open).Description("Whether votes can still be cast.");
        Field(x => x.VotesPerPerson).Description("How many dots each person has.");
        Field(x => x.ClosesAt, nullable: true).Description("When it closes by itself, if it has a timer.");
        Field<NonNullGraphType<IntGraphType>, int>("myVotesUsed").Description("How many of your dots you have used.").Resolve(c => c.Source.MyVotes.Values.Sum());
    }
}
