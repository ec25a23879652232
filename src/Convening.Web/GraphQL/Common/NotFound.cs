using Convening.Contracts;

namespace Convening.Web.GraphQL.Common;

public static class NotFound
{
    /// <summary>
    /// A nullable field's value: null where the grain answers "not found", which it also answers
    /// for things the caller may not see, so the two cannot be told apart.
    /// </summary>
    public static async Task<T?> AsNull<T>(Func<Task<T>> load) where T : class
    {
        try
        {
            return await load();
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }
}
