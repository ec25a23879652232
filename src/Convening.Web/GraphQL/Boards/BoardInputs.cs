using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Boards;

public enum BoardAction
{
    AddCard, EditCard, MoveCard, DeleteCard, RestoreCard, AddComment, CastVote, RetractVote,
    AddLane, RenameLane, RemoveLane, OpenVote, CloseVote, StartTimer, StopTimer, Lock, Unlock, FocusLane,
    StartPrivateWriting, RevealCards, AddCluster, RenameCluster, RemoveCluster, ClusterCard, Undo, ApplyTemplate,
}

public sealed class BoardActionType() : DescribedEnumType<BoardAction>(
    "Something to do on a board. Lanes, votes, the timer, locking, focus and private writing are for facilitators (REVEAL_CARDS also for anyone taking part when no facilitator is on the board). Clusters (ADD_CLUSTER, RENAME_CLUSTER, REMOVE_CLUSTER, CLUSTER_CARD) are for anyone taking part. UNDO undoes your own last change to a card, refused with board.undo-conflict if someone else has changed that card since. APPLY_TEMPLATE (facilitators) adds a template's lanes to the open board.");

/// <summary>
/// One change to a board, as its values (which matter depends on the action); <see cref="ToCommand"/>
/// makes the same command the live board's hub takes, so both paths share one set of rules.
/// </summary>
public sealed record ChangeBoardInput(
    BoardAction Action,
    string? LaneId,
    string? CardId,
    string Text,
    string? Colour,
    int Position = int.MaxValue,
    int Number = 3,
    int? Seconds = null,
    bool Anonymous = false,
    string? ClusterId = null,
    BoardTemplate? Template = null,
    string? RequestId = null)
{
    public BoardCommand ToCommand() => Command() with { RequestId = RequestId };

    private BoardCommand Command() => Action switch
    {
        BoardAction.AddCard => new AddCard(NamedLane, Text, Colour),
        BoardAction.EditCard => new EditCard(NamedCard, Text, Colour),
        BoardAction.MoveCard => new MoveCard(NamedCard, NamedLane, Position),
        BoardAction.DeleteCard => new DeleteCard(NamedCard),
        BoardAction.RestoreCard => new RestoreCard(NamedCard),
        BoardAction.AddComment => new AddComment(NamedCard, Text),
        BoardAction.CastVote => new CastVote(NamedCard),
        BoardAction.RetractVote => new RetractVote(NamedCard),
        BoardAction.AddLane => new AddLane(Text),
        BoardAction.RenameLane => new RenameLane(NamedLane, Text),
        BoardAction.RemoveLane => new RemoveLane(NamedLane),
        BoardAction.OpenVote => new OpenVote(Number, Seconds),
        BoardAction.CloseVote => new CloseVote(),
        BoardAction.StartTimer => new StartTimer(Seconds ?? 0),
        BoardAction.StopTimer => new StopTimer(),
        BoardAction.Lock => new SetLocked(true),
        BoardAction.Unlock => new SetLocked(false),
        BoardAction.FocusLane => new FocusLane(LaneId, CardId),
        BoardAction.StartPrivateWriting => new StartPrivateWriting(),
        BoardAction.RevealCards => new RevealCards(Anonymous),
        BoardAction.AddCluster => new AddCluster(Text),
        BoardAction.RenameCluster => new RenameCluster(ClusterId ?? "", Text),
        BoardAction.RemoveCluster => new RemoveCluster(ClusterId ?? ""),
        BoardAction.ClusterCard => new ClusterCard(NamedCard, ClusterId),
        BoardAction.Undo => new Undo(),
        BoardAction.ApplyTemplate => new ApplyTemplate(Template ?? throw new ConveningException("board.unknown-template", "Choose one of the board templates.") { Field = "template" }),
        _ => throw new ConveningException("board.unknown-command", "That is not something a board can do."),
    };

    // Left out, a lane or card is null (FOCUS_LANE: back to the whole board); any other action names one.
    private string NamedLane => LaneId ?? "";

    private string NamedCard => CardId ?? "";
}

public sealed class ChangeBoardInputType : CommandInputType<ChangeBoardInput>
{
    public const string RequestIdText = "Optional: a key you make up for this one request (a UUID, say). Sending the request again with the same key, after an answer was lost, does not do it twice: the board answers as it did the first time.";

    public ChangeBoardInputType() : base("ChangeBoardInput", "One change to a board; which fields matter depends on the action.")
    {
        Key<StringGraphType>("boardId", "The board.");
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

/// <summary>A new board's group, title and template (the grain takes the template's lanes).</summary>
public sealed record OpenBoardInput(string GroupId, string Title, BoardTemplate Template = BoardTemplate.Default, string? RequestId = null)
{
    public OpenBoard ToCommand() => new(GroupId, Title, BoardTemplates.Lanes(Template)) { RequestId = RequestId };
}

public sealed class BoardTemplateType() : DescribedEnumType<BoardTemplate>(
    "Lanes to start a board with: DEFAULT (what we notice, what we'll try, what we're learning); UNDERSTAND (people and factors in the system); PLAN (an experiment canvas); REFLECT (What? So what? Now what?); RETROSPECTIVE.");

public sealed class OpenBoardInputType : CommandInputType<OpenBoardInput>
{
    public OpenBoardInputType() : base("OpenBoardInput", "A new board for a group, with a template's lanes; you facilitate it.")
    {
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.Title).Description("What the board is for.");
        Field<BoardTemplateType>("template").Description("Lanes to start with; DEFAULT when left out.");
        Field(x => x.RequestId, nullable: true).Description(ChangeBoardInputType.RequestIdText);
    }
}
