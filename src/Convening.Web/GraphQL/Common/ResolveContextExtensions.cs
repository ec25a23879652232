using Convening.Contracts;
using GraphQL;

namespace Convening.Web.GraphQL.Common;

public static class ResolveContextExtensions
{
    public static IGrainFactory Grains(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGrainFactory>();

    /// <summary>The HTTP request this field is resolved for (its origin, cookies, address).</summary>
    public static HttpContext Http(this IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext!;

    public static GraphQLUserContext Caller(this IResolveFieldContext context) => (GraphQLUserContext)context.UserContext;

    /// <summary>The caller's person id, or null for the public.</summary>
    public static string? CallerId(this IResolveFieldContext context) => context.Caller().PersonId;

    /// <summary>The caller's person id, or an auth.required error for the public.</summary>
    public static string RequiredCallerId(this IResolveFieldContext context) =>
        context.CallerId() ?? throw ConveningException.Unauthenticated();

    /// <summary>Runs <paramref name="load"/> once per request for <paramref name="key"/>.</summary>
    public static async Task<T> Once<T>(this IResolveFieldContext context, string key, Func<Task<T>> load) where T : class =>
        (T)await context.Caller().Cache.GetOrAdd(key, async _ => await load());

    /// <summary>The single "input" argument every mutation takes.</summary>
    public static T Input<T>(this IResolveFieldContext context) =>
        context.GetArgument<T>("input") ?? throw new ConveningException("input.missing", "The input argument is required.");

    /// <summary>The "input" of a <see cref="CommandInputType{T}"/> that declares keys: the keys and the record.</summary>
    public static Keyed<T> Keyed<T>(this IResolveFieldContext context) => context.Input<Keyed<T>>();
}
