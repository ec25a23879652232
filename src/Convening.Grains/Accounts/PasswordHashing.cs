using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Convening.Grains.Accounts;

/// <summary>
/// PBKDF2 hashing (<see cref="PasswordHasher{TUser}"/>) on the thread pool, a few at a time. A
/// hash costs tens of milliseconds of CPU by design; run on an Orleans scheduler thread, a burst
/// of sign-ins would stall every grain. Here the account grain awaits (other grains carry on)
/// and at most one hash per core runs at once, the rest queue. The cost is Identity's
/// <see cref="PasswordHasherOptions"/>: production leaves it at the library's default (100,000
/// PBKDF2 iterations); only test hosts lower it, to spend their CPU on what they test.
/// </summary>
public sealed class PasswordHashing(IOptions<PasswordHasherOptions> options)
{
    private readonly PasswordHasher<object> _hasher = new(options);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, Environment.ProcessorCount));

    public Task<string> Hash(string password) => Run(() => _hasher.HashPassword(this, password));

    public Task<PasswordVerificationResult> Verify(string hash, string password) =>
        Run(() => _hasher.VerifyHashedPassword(this, hash, password));

    private async Task<T> Run<T>(Func<T> work)
    {
        await _slots.WaitAsync();
        try
        {
            return await Task.Run(work);
        }
        finally
        {
            _slots.Release();
        }
    }
}
