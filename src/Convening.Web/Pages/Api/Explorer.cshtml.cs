using Convening.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Convening.Web.Pages.Api;

/// <summary>
/// GraphiQL, for developers who integrate with the API: it sends the browser's own sign-in
/// cookie (so it can do only what the person may) and the antiforgery token for mutations.
/// Off, like introspection, when Convening:GraphQLIntrospection is false.
/// </summary>
public sealed class ExplorerModel(IOptions<ConveningOptions> options) : PageModel
{
    public IActionResult OnGet() => options.Value.GraphQLIntrospection ? Page() : NotFound();
}
