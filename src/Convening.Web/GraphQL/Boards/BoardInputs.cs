using Convening.Contracts.Boards;
using Convening.Contracts;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Boards;

public enum BoardAction
{
    AddCard, EditCard, MoveCard, DeleteCard, RestoreCard, AddComment, CastVote, RetractVote,
    AddLane, RenameLane, RemoveLane, OpenVote, CloseVote, StartTimer, StopTimer, Lock, Unlock, FocusLane,
    StartPrivateWriting, RevealCards, AddCluster, RenameCluster, RemoveCluster, ClusterCard, Undo, ApplyTemplate,
}

public sealed class BoardActionInput
{
    public string BoardId { get; set; } = "";
    public BoardAction Action { get; set; }
    public string? LaneId { get; set; }
    public string? CardId { get; set; }
    public string? Text { get; set; }
    public string? Colour { get; set; }
    public int? Position { get; set; }
    public int? Number { get; set; }
    public int? Seconds { get; set; }
    public bool? Anonymous { get; set; }
    public string? ClusterId { get; set; }
    public BoardTemplate? Template { get; set; }
    public string? RequestId { get; set; }

    /// <summary>The same command the live board's hub takes, so both paths share one set of rules.</summary>
    public BoardCommand ToCommand() => Command() with { RequestId = RequestId };

    private BoardCommand Command() => Action switch
    {
        BoardAction.AddCard => new AddCard(LaneId ?? "", Text ?? "", Colour),
        BoardAction.EditCard => new EditCard(CardId ?? "", Text ?? "", Colour),
        BoardAction.MoveCard => new MoveCard(CardId ?? "", LaneId ?? "", Position ?? int.MaxValue),
        BoardAction.DeleteCard => new DeleteCard(CardId ?? ""),
        BoardAction.RestoreCard => new RestoreCard(CardId ?? ""),
        BoardAction.AddComment => new AddComment(CardId ?? "", Text ?? ""),
        BoardAction.CastVote => new CastVote(CardId ?? ""),
        BoardAction.RetractVote => new RetractVote(CardId ?? ""),
        BoardAction.AddLane => new AddLane(Text ?? ""),
        BoardAction.RenameLane => new RenameLane(LaneId ?? "", Text ?? ""),
        BoardAction.RemoveLane => new RemoveLane(LaneId ?? ""),
        BoardAction.OpenVote => new OpenVote(Number ?? 3, Seconds),
        BoardAction.CloseVote => new CloseVote(),
        BoardAction.StartTimer => new StartTimer(Seconds ?? 0),
        BoardAction.StopTimer => new StopTimer(),
        BoardAction.Lock => new SetLocked(true),
        BoardAction.Unlock => new SetLocked(false),
        BoardAction.FocusLane => new FocusLane(LaneId, CardId),
        BoardAction.StartPrivateWriting => new StartPrivateWriting(),
        BoardAction.RevealCards => new RevealCards(Anonymous ?? false),
        BoardAction.AddCluster => new AddCluster(Text ?? ""),
        BoardAction.RenameCluster => new RenameCluster(ClusterId ?? "", Text ?? ""),
        BoardAction.RemoveCluster => new RemoveCluster(ClusterId ?? ""),
        BoardAction.ClusterCard => new ClusterCard(CardId ?? "", ClusterId),
        BoardAction.Undo => new Undo(),
        BoardAction.ApplyTemplate => new ApplyTemplate(Template ?? throw new ConveningException("board.unknown-template", "Choose one of the board templates.") { Field = "template" }),
        _ => throw new ConveningException("board.unknown-command", "That is not something a board can do."),
    };
}

public sealed class BoardActionType() : DescribedEnumType<BoardAction>(
    "Something to do on a board. Lanes, votes, the timer, locking, focus and private writing are for facilitators (REVEAL_CARDS also for anyone taking part when no facilitator is on the board). Clusters (ADD_CLUSTER, RENAME_CLUSTER, REMOVE_CLUSTER, CLUSTER_CARD) are for anyone taking part. UNDO undoes your own last change to a card, refused with board.undo-conflict if someone else has changed that card since. APPLY_TEMPLATE (facilitators) adds a template's lanes to the open board.");

public sealed class ChangeBoardInputType : InputObjectGraphType<BoardActionInput>
{
    public const string RequestIdText = "Optional: a key you make up for this one request (a UUID, say). Sending the request again with the same key, after an answer was lost, does not do it twice: the board answers as it did the first time.";

    public ChangeBoardInputType()
    {
        Name = "ChangeBoardInput";
        Description = "One change to a board; which fields matter depends on the action.";
        Field(x => x.BoardId).Description("The board.");
        Field<NonNullGraphType<BoardActionType>>("action").Description("What to do.");
        Field(x => x.LaneId, nullable: true).Description("The lane (ADD_CARD, MOVE_CARD, RENAME_LANE, REMOVE_LANE, FOCUS_LANE).");
        Field(x => x.CardId, nullable: true).Description("The card (EDIT_CARD, MOVE_CARD, DELETE_CARD, RESTORE_CARD, ADD_COMMENT, CAST_VOTE, RETRACT_VOTE; FOCUS_LANE to bring everyone to one card).");
        Field(x => x.Text, nullable: true).Description($"Card text (Markdown, at most {BoardLimits.CardText} characters), comment, lane title or cluster title.");
        Field(x => x.Colour, nullable: true).Description($"A card colour: {string.Join(", ", BoardLimits.Colours)}.");
        Field(x => x.Position, nullable: true).Description("MOVE_CARD: position in the lane, 0 for the top; left out, the bottom.");
        Field(x => x.Number, nullable: true).Description("OPEN_VOTE: votes per person (default 3).");
        Field(x => x.Seconds, nullable: true).Description("START_TIMER: how long it runs. OPEN_VOTE: optional, when the vote closes by itself.");
        Field(x => x.Anonymous, nullable: true).Description("REVEAL_CARDS: true to show the private cards without their authors' names.");
        Field(x => x.ClusterId, nullable: true).Description("The cluster (RENAME_CLUSTER, REMOVE_CLUSTER; CLUSTER_CARD: the cluster to put the card in, left out to take it out of its cluster).");
        Field<BoardTemplateType>("template").Description("APPLY_TEMPLATE: the template whose lanes to add (lanes of the same title already on the board are not added twice; no card moves).");
        Field(x => x.RequestId, nullable: true).Description(RequestIdText);
    }
}

public sealed class OpenBoardInput
{
    public string GroupId { get; set; } = "";
    public string Title { get; set; } = "";
    public BoardTemplate Template { get; set; }
    public string? RequestId { get; set; }
}

public sealed class BoardTemplateType() : DescribedEnumType<BoardTemplate>(
    "Lanes to start a board with: DEFAULT (what we notice, what we'll try, what we're learning); UNDERSTAND (people and factors in the system); PLAN (an experiment canvas); REFLECT (What? So what? Now what?); RETROSPECTIVE.");

public sealed class OpenBoardInputType : InputObjectGraphType<OpenBoardInput>
{
    public OpenBoardInputType()
    {
        Name = "OpenBoardInput";
        Description = "A new board for a group, with a template's lanes; you facilitate it.";
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.Title).Description("What the board is for.");
        Field<BoardTemplateType>("template").Description("Lanes to start with; DEFAULT when left out.");
        Field(x => x.RequestId, nullable: true).Description(ChangeBoardInputType.RequestIdText);
    }
}
