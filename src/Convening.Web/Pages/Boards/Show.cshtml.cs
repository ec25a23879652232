using Convening.Contracts.Boards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Convening.Web.Pages.Boards;

/// <summary>
/// A live board. Every action is a plain form (POST, then back to the board), so it works
/// without JavaScript; with it, board.mjs draws the board from the hub and keeps it live (decision 0033).
/// </summary>
public sealed partial class ShowModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [BindProperty(Name = "card")] public string? CardId { get; set; }
    [BindProperty(Name = "lane")] public string? LaneId { get; set; }
    [BindProperty(Name = "text")] public string? Text { get; set; }
    [BindProperty(Name = "colour")] public string? Colour { get; set; }
    [BindProperty(Name = "direction")] public string? Direction { get; set; }
    [BindProperty(Name = "number")] public int? Number { get; set; }
    [BindProperty(Name = "minutes")] public int? Minutes { get; set; }

    public BoardView Board { get; private set; } = null!;

    /// <summary>The lane whose further cards were asked for without JavaScript ("Show more cards in …").</summary>
    [FromQuery(Name = "more")] public string? MoreLane { get; set; }

    /// <summary>How many cards of <see cref="MoreLane"/> to show.</summary>
    [FromQuery(Name = "cards")] public int? MoreCards { get; set; }

    /// <summary>Where the card being moved up or down was shown in its lane (the form says, the page being paged).</summary>
    [BindProperty(Name = "at")] public int? At { get; set; }

    [BindProperty(Name = "from")] public string? FromLane { get; set; }

    public Task<IActionResult> OnGet() => Load(Reload);

    /// <summary>The next page of a lane's cards (how many to show, and the last card shown, where the link lands), or null when all are shown.</summary>
    public (int Cards, string LastShown)? More(Lane lane)
    {
        var shown = lane.Cards.Count(c => !c.Private);
        return shown >= lane.Total ? null : (shown + BoardLimits.MoreCards, lane.Cards.Last(c => !c.Private).Id);
    }

    /// <summary>The board as a file (format "md" or "csv"), as the caller may see it: others' private cards are never in it.</summary>
    public async Task<IActionResult> OnGetExport([FromQuery] string? format)
    {
        var page = await Load(async () => Board = await Grains.GetGrain<IBoardGrain>(Id).Get(CallerId));
        if (page is not PageResult)
            return page;
        var name = $"board-{Id}";
        return format == "csv"
            ? File(System.Text.Encoding.UTF8.GetBytes(BoardExport.Csv(Board)), "text/csv; charset=utf-8", name + ".csv")
            : File(System.Text.Encoding.UTF8.GetBytes(BoardExport.Markdown(Board)), "text/markdown; charset=utf-8", name + ".md");
    }

    public Task<IActionResult> OnPostAdd() => Do(new AddCard(LaneId ?? "", Text ?? "", Colour), "Card added");

    public Task<IActionResult> OnPostEdit() => Do(new EditCard(CardId ?? "", Text ?? "", Colour), "Card changed");

    /// <summary>Set after a deletion, so the page offers to undo it.</summary>
    [FromQuery(Name = "deleted")] public string? Deleted { get; set; }

    public string? Me => CallerId;

    /// <summary>Whether the caller may change or delete this card: its author, or a facilitator.</summary>
    public bool MayChange(Card card) => Board.CanEdit && (!Board.Locked || Board.CanFacilitate)
        && Convening.Contracts.AccessPolicy.MayChangeCard(card.Author.Id, CallerId ?? "", Board.CanFacilitate);

    public Task<IActionResult> OnPostDelete() => Attempt(async () =>
    {
        await Grains.GetGrain<IBoardGrain>(Id).Apply(new DeleteCard(CardId ?? ""), CallerId);
        return RedirectToPage("/Boards/Show", null, new { id = Id, deleted = CardId }, "undo");
    }, Reload);

    public Task<IActionResult> OnPostRestore() => Do(new RestoreCard(CardId ?? ""), "Card brought back");

    public Task<IActionResult> OnPostComment() => Do(new AddComment(CardId ?? "", Text ?? ""), "Comment added");

    public Task<IActionResult> OnPostVote() => Do(new CastVote(CardId ?? ""), "Vote cast");

    public Task<IActionResult> OnPostUnvote() => Do(new RetractVote(CardId ?? ""), "Vote taken back");

    public async Task<IActionResult> OnPostMove()
    {
        // The card's lane as far as it was shown (and one more), to find where it is now.
        (MoreLane, MoreCards) = (FromLane, (At ?? 0) + 2);
        await Reload();
        return await Do(MoveCommand(), "Card moved");
    }

    /// <summary>Each lane's first cards only (decision 0038); a lane asked for shows as many as asked.</summary>
    private async Task Reload() =>
        Board = await Grains.GetGrain<IBoardGrain>(Id).GetPage(CallerId, BoardLimits.LanePage, MoreLane, MoreCards ?? 0);

    private Task<IActionResult> Do(BoardCommand command, string done) => Attempt(async () =>
    {
        await Grains.GetGrain<IBoardGrain>(Id).Apply(command, CallerId);
        Notify(done);
        return RedirectToPage("/Boards/Show", null, new { id = Id }, CardId is null ? null : $"card-{CardId}");
    }, Reload);

    /// <summary>"up"/"down" reorder within the lane; otherwise the card goes to the bottom of the chosen lane.</summary>
    private MoveCard MoveCommand()
    {
        var lane = Board.Lanes.FirstOrDefault(l => l.Cards.Any(c => c.Id == CardId));
        var at = lane?.Cards.ToList().FindIndex(c => c.Id == CardId) ?? -1;
        // Not among the cards shown now (moved further down by someone else): where the form saw it.
        if (lane is null && Board.Lanes.FirstOrDefault(l => l.Id == FromLane) is { } from && At is >= 0)
            (lane, at) = (from, At.Value);
        return Direction switch
        {
            "up" when lane is not null => new MoveCard(CardId!, lane.Id, Math.Max(0, at - 1)),
            "down" when lane is not null => new MoveCard(CardId!, lane.Id, at + 1),
            _ => new MoveCard(CardId ?? "", LaneId ?? "", int.MaxValue),
        };
    }
}
