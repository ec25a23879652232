namespace Convening.Contracts.Accounts;

/// <summary>
/// A local sign-in account, keyed by lower-cased email: the password hash and the count of
/// failed attempts that locks it for a while. Owns the person it signs in as.
/// </summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account and its person; returns the person id.</summary>
    Task<string> Register(string password, string displayName);

    /// <summary>Checks the password; returns the person id or throws auth.* errors.</summary>
    Task<string> SignIn(string password);

    /// <summary>Finds or creates the person for a sign-in through an external provider.</summary>
    Task<string> SignInExternal(string displayName);
}
