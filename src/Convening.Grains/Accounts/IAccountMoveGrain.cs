using Convening.Contracts.Accounts;
using Orleans.Concurrency;

namespace Convening.Grains.Accounts;

/// <summary>
/// What one account grain asks another when an account moves to a new address: the same grain
/// type under the new address's key. Only account grains call it.
/// </summary>
public interface IAccountMoveGrain : IGrainWithStringKey
{
    /// <summary>Whether this address has a verified account of its own.</summary>
    [AlwaysInterleave]
    Task<bool> IsTaken();

    /// <summary>Takes over a moving account (refused with account.email-taken when this address has its own) and starts a session.</summary>
    Task<SignedIn> Adopt(AccountState moving, string device);
}
