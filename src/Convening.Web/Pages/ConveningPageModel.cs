using System.Security.Claims;
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

    protected string? CallerEmail => CallerId is null ? null : User.FindFirstValue(ClaimTypes.Email);

    /// <summary>
    /// The request id a create form carries (a hidden field the <c>_RequestId</c> partial draws when the form
    /// is rendered), so a double submit or a browser's retry of the same form makes one thing: the grain
    /// answers the second with what the first made (decision 0023). Null from a form without one.
    /// </summary>
    [BindProperty(Name = "requestId")]
    public string? RequestId { get; set; }

    /// <summary>The form fields on this page, named as the error codes name them.</summary>
    protected virtual IReadOnlyCollection<string> Fields => [];

    /// <summary>
    /// Error codes (or their prefixes) whose field has another name on this page, such as
    /// "place.slug-taken" → "slug".
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>();

    /// <summary>The errors for the summary, in the order of the fields; those with no field (index -1) first.</summary>
    public IEnumerable<(string Field, string Message)> Errors
    {
        get
        {
            var order = Fields.ToList();
            return ModelState.Where(e => e.Value is { Errors.Count: > 0 })
                .OrderBy(e => order.IndexOf(e.Key))
                .SelectMany(e => e.Value!.Errors.Select(x => (e.Key, x.ErrorMessage)));
        }
    }

    /// <summary>Loads a page's data; a refusal becomes the friendly error page for its status.</summary>
    protected async Task<IActionResult> Load(Func<Task> load)
    {
        try
        {
            await load();
            return Page();
        }
        catch (ConveningException e)
        {
            return e.Kind == ErrorKind.Unauthenticated ? Challenge() : StatusCode(ErrorStatus.For(e.Kind));
        }
    }

    /// <summary>Shows the form again with the errors already in the model state.</summary>
    protected Task<IActionResult> Invalid(Func<Task> reload)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Load(reload);
    }

    /// <summary>
    /// Runs a change; on a domain refusal, reloads the page's data and shows the error.
    /// <paramref name="form"/> is the id prefix of the submitted form, where two forms on a
    /// page ask for the same things ("group" → "group-name").
    /// </summary>
    protected async Task<IActionResult> Attempt(Func<Task<IActionResult>> change, Func<Task>? reload = null, string? form = null)
    {
        try
        {
            return await change();
        }
        catch (ConveningException e)
        {
            ShowError(e, form);
            Response.StatusCode = ErrorStatus.For(e.Kind);
            return reload is null ? Page() : await Load(reload);
        }
    }

    /// <summary>Adds a refusal to the error summary, inline on its field when the page has one.</summary>
    protected void ShowError(ConveningException e, string? form = null)
    {
        var field = FieldFor(e);
        if (form is not null)
            field = $"{form}-{field}";
        ModelState.AddModelError(Fields.Contains(field) ? field : "", e.Message);
    }

    /// <summary>
    /// The field an error is about: where the grain says (its <see cref="ConveningException.Field"/>, such as
    /// "services[1].name") if this page has that field, else the one its code names.
    /// </summary>
    protected virtual string FieldFor(ConveningException e)
    {
        if (e.Field is { } at && (FieldAliases.GetValueOrDefault(at) ?? at) is var named && Fields.Contains(named))
            return named;
        var prefix = e.Code.Split('.')[0];
        return FieldAliases.GetValueOrDefault(e.Code) ?? FieldAliases.GetValueOrDefault(prefix) ?? prefix;
    }

    /// <summary>
    /// Runs one of the checks the grain will also make, so that a form with several mistakes
    /// shows them all at once rather than one per submission.
    /// </summary>
    protected void Precheck(Action check)
    {
        try
        {
            check();
        }
        catch (ConveningException e)
        {
            ShowError(e);
        }
    }

    /// <summary>A success message for the page the browser is redirected to.</summary>
    protected void Notify(string heading, string? copy = null)
    {
        TempData[Notice.HeadingKey] = heading;
        TempData[Notice.CopyKey] = copy;
    }

    /// <summary>
    /// Whether this request is that form's submission, so a form shows what was typed (even
    /// if blank) rather than the saved value it started from.
    /// </summary>
    public bool Posted(string? handler = null) =>
        HttpMethods.IsPost(Request.Method)
        && (handler is null || string.Equals(Request.Query["handler"], handler, StringComparison.OrdinalIgnoreCase));

    /// <summary>The sign-in page, coming back here afterwards.</summary>
    public string SignInUrl => "/account/sign-in?returnUrl=" + Uri.EscapeDataString(Request.Path + Request.QueryString);

    public string SignUpUrl => "/account/sign-up?returnUrl=" + Uri.EscapeDataString(Request.Path + Request.QueryString);

    public FieldModel Field(string id, string label, string? value, string? hint = null, string type = "text", string? autocomplete = null, bool multiline = false, string width = "", int rows = 4) =>
        new(id, label, value, hint, type, autocomplete, multiline, width, rows);
}
