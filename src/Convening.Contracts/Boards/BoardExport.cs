using System.Globalization;
using System.Text;

namespace Convening.Contracts.Boards;

/// <summary>
/// A board written out as Markdown (lanes as headings, cards as list items) or CSV (one row per card),
/// from the view the person exporting may see, so private cards of others never leave in a file.
/// </summary>
public static class BoardExport
{
    public static string Markdown(BoardView board)
    {
        var text = new StringBuilder().Append("# ").AppendLine(OneLine(board.Title)).AppendLine();
        foreach (var lane in board.Lanes)
        {
            text.Append("## ").AppendLine(OneLine(lane.Title)).AppendLine();
            if (lane.Cards.Count == 0)
                text.AppendLine("(no cards)").AppendLine();
            foreach (var card in lane.Cards)
            {
                // Each card is one list item: its own lines indented under the bullet, so its Markdown stays its own.
                var lines = card.Text.Replace("\r\n", "\n").Split('\n');
                text.Append("- ").AppendLine(lines[0]);
                foreach (var line in lines.Skip(1))
                    text.Append("  ").AppendLine(line);
                text.Append("  — ").Append(OneLine(card.Author.Name)).Append(Votes(card)).Append(InCluster(board, card)).AppendLine();
                foreach (var comment in card.Comments)
                    text.Append("  - ").Append(OneLine(comment.Author.Name)).Append(": ").AppendLine(OneLine(comment.Text));
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    public static string Csv(BoardView board)
    {
        var csv = new StringBuilder().Append("lane,position,text,author,colour,votes,comments,created_at,cluster\r\n");
        foreach (var lane in board.Lanes)
            for (var i = 0; i < lane.Cards.Count; i++)
            {
                var card = lane.Cards[i];
                string[] row = [lane.Title, (i + 1).ToString(CultureInfo.InvariantCulture), card.Text, card.Author.Name, card.Colour,
                    card.Votes?.ToString(CultureInfo.InvariantCulture) ?? "", card.Comments.Count.ToString(CultureInfo.InvariantCulture),
                    card.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ssZ", CultureInfo.InvariantCulture), ClusterOf(board, card) ?? ""];
                csv.AppendJoin(',', row.Select(Field)).Append("\r\n");
            }
        return csv.ToString();
    }

    private static string Votes(Card card) => card.Votes is { } votes ? $", {votes} {(votes == 1 ? "vote" : "votes")}" : "";

    private static string InCluster(BoardView board, Card card) => ClusterOf(board, card) is { } title ? $", in cluster “{OneLine(title)}”" : "";

    private static string? ClusterOf(BoardView board, Card card) =>
        card.ClusterId is null ? null : board.Clusters.FirstOrDefault(k => k.Id == card.ClusterId)?.Title;

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>
    /// Quoted when it must be (RFC 4180); a field a spreadsheet would run as a formula (=, +, -, @, tab,
    /// carriage return first) is prefixed with an apostrophe, as OWASP advises for CSV injection.
    /// </summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
