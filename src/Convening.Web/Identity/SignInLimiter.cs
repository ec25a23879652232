using System.Threading.RateLimiting;
using Convening.Contracts;
using Microsoft.Extensions.Options;

namespace Convening.Web.Identity;

/// <summary>
/// Limits sign-in, registration and reset attempts per network address (a token bucket refilled
/// each minute), so one source cannot try many passwords across many accounts. The account's own
/// back-off (in its grain) limits attempts on one account from everywhere.
/// </summary>
public sealed class SignInLimiter(IOptions<AccountsSettings> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.Value.AttemptsPerMinutePerAddress,
            TokensPerPeriod = options.Value.AttemptsPerMinutePerAddress,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    private static readonly object Attempted = new();

    /// <summary>
    /// Counts one attempt from the request's address, or throws: auth.one-per-request for a second
    /// attempt in the same HTTP request (GraphQL aliases or a batch), auth.rate-limited past the limit.
    /// </summary>
    public void Attempt(HttpContext context)
    {
        if (!context.Items.TryAdd(Attempted, true))
            throw new ConveningException("auth.one-per-request", "Send one sign-in, registration or reset per request.");
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(address);
        if (!lease.IsAcquired)
            throw new ConveningException("auth.rate-limited", "Too many attempts from your network. Wait a minute and try again.", ErrorKind.Forbidden);
    }

    public void Dispose() => _limiter.Dispose();
}
