using Convening.Contracts;

namespace Convening.Grains;

internal static class Caller
{
    /// <summary>The signed-in person's id, or an auth.required error.</summary>
    public static string Required(string? callerId) =>
        string.IsNullOrEmpty(callerId) ? throw ConveningException.Unauthenticated() : callerId;
}
