using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Convening.Web.LifePictures;

/// <summary>
/// One wording for a figure the commissioner's totals do not show (decision 0051): "Hidden" on the page, in
/// charts and in every CSV. It is honest for both kinds of hidden figure (one about fewer than 5 people, and
/// one hidden only so that such a figure cannot be worked out, which may itself be larger), where "Fewer
/// than 5" was not. In a table cell it carries its reason for screen readers, so the cell explains itself.
/// </summary>
public static class HiddenFigure
{
    public const string Word = "Hidden";

    /// <summary>Read out after <see cref="Word"/> in a table cell, not shown.</summary>
    public const string Reason = " to protect people's privacy (a small number, or one that would reveal a small number)";

    /// <summary>A count as plain text: charts' labels and descriptions, and CSV.</summary>
    public static string Text(int? people) => people is { } n ? n.ToString(CultureInfo.InvariantCulture) : Word;

    /// <summary>A count for a table cell.</summary>
    public static IHtmlContent Cell(int? people) => people is { } n ? new HtmlString(n.ToString(CultureInfo.InvariantCulture)) : Explained;

    /// <summary>An amount of money (shown only beside a count that is shown) for a table cell.</summary>
    public static IHtmlContent Cell(long? pence, Func<long, string> money) =>
        pence is { } p ? new HtmlString(HtmlEncoder.Default.Encode(money(p))) : Explained;

    private static readonly HtmlString Explained = new($"{Word}<span class=\"govuk-visually-hidden\">{Reason}</span>");
}
