using GraphQL;

namespace Convening.Web.GraphQL.Gatherings;

public static class CalendarLinks
{
    /// <summary>An absolute address on this host: calendar apps are given it outside the browser.</summary>
    public static string Absolute(IResolveFieldContext ctx, string path)
    {
        var request = ctx.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!.Request;
        return $"{request.Scheme}://{request.Host}{path}";
    }
}
