using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Groups;
using Convening.Contracts.Principles;
using Convening.Web.Pages.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Boards;

/// <summary>
/// The second of the two clicks that make a card an experiment, an action or evidence (decision 0041):
/// a short form with the card's words, the owner or the principle already filled in. A plain form, so
/// it works without JavaScript; the live board links here from each card's menu.
/// </summary>
public sealed class BecomeModel(TimeProvider time) : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";
    [FromRoute(Name = "card")] public string CardId { get; set; } = "";
    [FromRoute(Name = "kind")] public string KindName { get; set; } = "";
    [BindProperty(Name = "title")] public string? Title { get; set; }
    [BindProperty(Name = "owner")] public string? Owner { get; set; }
    [BindProperty(Name = "principle")] public string? Principle { get; set; }

    public Card Card { get; private set; } = null!;
    public BoardView Board { get; private set; } = null!;
    public IReadOnlyList<Choice> Owners { get; private set; } = [];
    public IReadOnlyList<Choice> Principles { get; private set; } = [];

    public CardOutcomeKind Kind => KindName switch
    {
        "experiment" => CardOutcomeKind.Experiment,
        "action" => CardOutcomeKind.Action,
        _ => CardOutcomeKind.Evidence,
    };

    public string Heading => Kind switch
    {
        CardOutcomeKind.Experiment => "Make this card an experiment",
        CardOutcomeKind.Action => "Make this card an action",
        _ => "Use this card as evidence for a principle",
    };

    public string? Me => CallerId;

    /// <summary>Two weeks from today: a date people can change, there so the form is one click.</summary>
    public DateOnly DefaultDue => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(14);

    protected override IReadOnlyCollection<string> Fields => ["title", "owner", "due", "principle"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["change"] = "title", ["action"] = "title", ["note"] = "title", ["experiment"] = "title",
    };

    public Task<IActionResult> OnGet() => Load(LoadAll);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var due = Kind == CardOutcomeKind.Action ? DateBoxes.Read(Request.Form, "due", "the date it is due") : (DateOnly?)null;
        await Grains.GetGrain<IBoardGrain>(Id).Promote(new PromoteCard(CardId, Kind, Title ?? "")
        {
            OwnerId = Owner, Due = due, PrincipleId = Principle, RequestId = RequestId,
        }, CallerId);
        Notify(Kind switch
        {
            CardOutcomeKind.Experiment => "The card is now an experiment",
            CardOutcomeKind.Action => "The card is now an action",
            _ => "The card is now evidence for the principle",
        });
        return RedirectToPage("/Boards/Show", null, new { id = Id }, $"card-{CardId}");
    }, LoadAll);

    private async Task LoadAll()
    {
        if (KindName is not ("experiment" or "action" or "evidence"))
            throw ConveningException.NotFound("board.bad-outcome", "A card becomes an experiment, an action or evidence.");
        var board = Grains.GetGrain<IBoardGrain>(Id);
        Card = await board.CardFor(CallerId, CardId);
        Board = await board.GetPage(CallerId, 1);
        Title ??= Excerpt(Card.Text, Limits.ShortText);
        if (Kind == CardOutcomeKind.Action)
        {
            var group = await Grains.GetGrain<IGroupGrain>(Board.GroupId).GetDetails(CallerId);
            Owners = [.. group.Members.Where(m => m.Role != GroupRole.Observer).Select(m => new Choice(m.Person.Id, m.Person.DisplayName))];
            Owner ??= CallerId;
        }
        if (Kind == CardOutcomeKind.Evidence)
        {
            var place = (await Grains.GetGrain<IGroupGrain>(Board.GroupId).GetSummary()).PlaceSlug;
            var found = await Grains.GetGrain<IPrincipleLibraryGrain>(IPrincipleLibraryGrain.Key).Search(new LibraryQuery(100, null, null, null, place));
            Principles = [.. found.Items.Select(p => new Choice(p.Id, p.Statement))];
        }
    }

    /// <summary>The card's words on one line, cut to what the experiment's change or the action's text may hold.</summary>
    private static string Excerpt(string text, int length)
    {
        var line = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length <= length ? line : line[..(length - 1)].TrimEnd() + "…";
    }

    /// <summary>Why it cannot be done here, before anyone fills the form in (the board does not know a cycle or gathering).</summary>
    public string? Unavailable => (Kind, Board.Context?.Kind) switch
    {
        (CardOutcomeKind.Experiment, not BoardContextKind.Cycle) => "This board was not opened from a learning cycle, so its cards cannot become experiments.",
        (CardOutcomeKind.Action, not BoardContextKind.Gathering) => "This board was not opened from a gathering, so its cards cannot become actions.",
        (CardOutcomeKind.Evidence, _) when Principles.Count == 0 => "The group's place has no published principles yet.",
        _ => null,
    };
}
