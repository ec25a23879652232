namespace Convening.Web.Pages.Gatherings;

/// <summary>The shared GOV.UK date input as the gathering forms use it: several forms on one page, each keeping what was typed.</summary>
public static class DateBoxes
{
    /// <summary>The boxes as typed if <paramref name="handler"/>'s form came back, otherwise empty.</summary>
    public static DateInputModel For(ConveningPageModel page, string id, string legend, string? hint = null, string? handler = null) =>
        page.Posted(handler) && page.Request.Form.ContainsKey(id + "-day")
            ? DateInputModel.Posted(page.Request.Form, id, legend, hint)
            : DateInputModel.Showing(id, legend, null, hint);

    /// <summary>The date typed; a missing or impossible date is refused with a code naming the input.</summary>
    public static DateOnly Read(IFormCollection form, string id, string name) =>
        DateInputModel.Posted(form, id, name).Read(required: true, name)!.Value;
}
