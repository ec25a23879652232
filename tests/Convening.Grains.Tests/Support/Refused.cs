using Convening.Contracts;

namespace Convening.Grains.Tests.Support;

public static class Refused
{
    /// <summary>Asserts the action is refused with the stable error code a client would see.</summary>
    public static async Task<ConveningException> With(string code, Func<Task> action)
    {
        var error = await Assert.ThrowsAsync<ConveningException>(action);
        Assert.Equal(code, error.Code);
        return error;
    }
}
