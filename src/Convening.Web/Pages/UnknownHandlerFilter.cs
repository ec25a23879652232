using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Convening.Web.Pages;

/// <summary>
/// A request no handler of the page answers (a POST to a page that only shows, or
/// "?handler=Nope") would otherwise render the page without its data loaded. It is answered
/// 405 (with Allow) when the page takes nothing by that method, else 404 for the unknown handler;
/// a named handler the page lacks is 404 even where the page has an unnamed one.
/// </summary>
public sealed class UnknownHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var handlers = context.ActionDescriptor.HandlerMethods;
        // Razor Pages falls back to the unnamed OnPost/OnGet when the named handler does not exist; a named
        // handler the page does not have is not found, not the page's default form.
        var named = context.RouteData.Values["handler"] as string ?? context.HttpContext.Request.Query["handler"].FirstOrDefault();
        if (context.HandlerMethod is { } chosen && !string.IsNullOrEmpty(named) && !string.Equals(chosen.Name, named, StringComparison.OrdinalIgnoreCase))
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }
        if (context.HandlerMethod is not null || handlers.Count == 0)
            return next();
        var method = context.HttpContext.Request.Method;
        if (handlers.Any(h => string.Equals(h.HttpMethod, method, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }
        context.HttpContext.Response.Headers.Allow = string.Join(", ", handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct());
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
