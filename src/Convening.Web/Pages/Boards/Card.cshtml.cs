using Convening.Contracts;
using Convening.Contracts.Boards;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Boards;

/// <summary>
/// One card's forms without JavaScript (decision 0055): move it (to a lane, up, down), put it in a
/// cluster, comment, change or delete it. The board's list carries one link here per card rather than
/// every card's forms, so the board's page stays small; the forms post to the board's own handlers.
/// </summary>
public sealed partial class CardModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [FromRoute(Name = "card")] public string CardId { get; set; } = "";

    /// <summary>The lane the board showed the card in, and where (the board is paged, so the card is looked for there).</summary>
    [FromQuery(Name = "lane")] public string? LaneId { get; set; }

    [FromQuery(Name = "at")] public int? At { get; set; }

    public Card Card { get; private set; } = null!;
    public BoardView Board { get; private set; } = null!;

    /// <summary>The card's lane and place in it, where found; otherwise the lane and place the board's link gave.</summary>
    public Lane? Lane { get; private set; }

    public int Position { get; private set; }

    public bool MayEdit => Board.CanEdit && (!Board.Locked || Board.CanFacilitate);

    public bool MayChange => MayEdit && AccessPolicy.MayChangeCard(Card.Author.Id, CallerId ?? "", Board.CanFacilitate);

    /// <summary>A few words of the card, to name what the controls act on.</summary>
    public string Name => Excerpt(Card.Text);

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var board = Grains.GetGrain<IBoardGrain>(Id);
        Card = await board.CardFor(CallerId, CardId);
        Board = await board.GetPage(CallerId, BoardLimits.LanePage, LaneId, (At ?? 0) + 2);
        Lane = Board.Lanes.FirstOrDefault(l => l.Cards.Any(c => c.Id == CardId)) ?? Board.Lanes.FirstOrDefault(l => l.Id == LaneId);
        var index = Lane?.Cards.ToList().FindIndex(c => c.Id == CardId) ?? -1;
        Position = index >= 0 ? index : Math.Max(0, At ?? 0);
    });

    /// <summary>The card's first words without Markdown's marks, as the live board names its controls (board/view.mjs <c>excerpt</c>).</summary>
    public static string Excerpt(string text)
    {
        var plain = Spaces().Replace(Marks().Replace(text, " "), " ").Trim();
        return plain.Length > 40 ? plain[..40].TrimEnd() + "…" : plain.Length > 0 ? plain : "an empty card";
    }

    [GeneratedRegex(@"[*_`#>\[\]()!~|-]+")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
