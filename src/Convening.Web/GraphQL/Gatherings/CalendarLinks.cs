using Convening.Web.Edge;
using Convening.Web.GraphQL.Common;
using GraphQL;

namespace Convening.Web.GraphQL.Gatherings;

public static class CalendarLinks
{
    /// <summary>An absolute address at the public origin: calendar apps are given it outside the browser.</summary>
    public static string Absolute(IResolveFieldContext ctx, string path) => ctx.Http().Absolute(path);
}
