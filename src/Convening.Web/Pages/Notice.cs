namespace Convening.Web.Pages;

/// <summary>
/// A success message carried across a POST-redirect-GET in TempData, shown by the layout in a
/// GOV.UK success notification banner. <c>Copy</c> is text to hand on, such as an invitation link.
/// </summary>
public static class Notice
{
    public const string HeadingKey = "notice";
    public const string CopyKey = "notice-copy";
}
