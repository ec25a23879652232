using Convening.Contracts;

namespace Convening.Web.Hosting;

/// <summary>The one place a domain error becomes an HTTP status (pages, minimal endpoints, the GraphQL endpoint's refusals).</summary>
public static class ErrorStatus
{
    /// <summary>The HTTP status for a domain error's kind.</summary>
    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.TooMany => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>
    /// A minimal endpoint's domain errors answered as pages answer them: someone not signed in is
    /// asked to sign in, anything else gets the status for the error's kind.
    /// </summary>
    public static TBuilder WithDomainErrors<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (ConveningException e)
            {
                return e.Kind == ErrorKind.Unauthenticated ? Results.Challenge() : Results.StatusCode(For(e.Kind));
            }
        });
}
