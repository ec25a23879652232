using Convening.Contracts;
using Convening.Web.Hosting;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Convening.Web.Pages;

/// <summary>
/// Pages talk to grains and show a grain's refusal the GOV.UK way: an error summary, and an
/// inline error on the field the error code names ("name.empty" → the field called "name").
/// </summary>
public abstract class ConveningPageModel : PageModel
{
    protected IGrainFactory Grains => HttpContext.RequestServices.GetRequiredService<IGrainFactory>();

    protected string? CallerId => User.PersonId();

    /// <summary>The form fields on this page, named as the error codes name them.</summary>
    protected virtual IReadOnlyCollection<string> Fields => [];

    /// <summary>Runs a change; on a domain refusal, reloads the page's data and shows the error.</summary>
    protected async Task<IActionResult> Attempt(Func<Task<IActionResult>> change, Func<Task>? reload = null)
    {
        try
        {
            return await change();
        }
        catch (ConveningException e)
        {
            var field = e.Code.Split('.')[0];
            ModelState.AddModelError(Fields.Contains(field) ? field : "", e.Message);
            Response.StatusCode = ErrorStatus.For(e.Kind);
            if (reload is not null)
                await reload();
            return Page();
        }
    }

    public FieldModel Field(string id, string label, string? value, string? hint = null, string type = "text", string? autocomplete = null, bool multiline = false, string width = "") =>
        new(id, label, value, hint, type, autocomplete, multiline, width);
}
