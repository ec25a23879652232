using Convening.Contracts.Accounts;

namespace Convening.Grains.Accounts;

public sealed partial class AccountGrain
{
    /// <summary>How stale a session's "last used" may be in storage; the grain keeps the exact time in memory.</summary>
    private static readonly TimeSpan LastUsedGranularity = TimeSpan.FromMinutes(5);

    public async Task<bool> CheckSession(string sessionId)
    {
        if (!Live || !S.Verified)
            return false;
        var session = S.Sessions.Find(s => s.Id == sessionId);
        if (session is null)
            return false;
        var persist = Now - session.LastUsedAt > LastUsedGranularity;
        session.LastUsedAt = Now;
        if (persist)
            await state.Write(this);
        return true;
    }

    public Task<IReadOnlyList<SessionView>> Sessions() =>
        Task.FromResult<IReadOnlyList<SessionView>>([.. S.Sessions.OrderByDescending(s => s.LastUsedAt).Select(s => s.View())]);

    public async Task SignOut(string sessionId)
    {
        if (S.Sessions.RemoveAll(s => s.Id == sessionId) > 0)
            await state.Write(this);
    }

    public async Task SignOutEverywhere()
    {
        S.Sessions.Clear();
        await state.Write(this);
    }

    private SignedIn StartSession(string device)
    {
        while (S.Sessions.Count >= O.MaxSessions)
            S.Sessions.Remove(S.Sessions.MinBy(s => s.LastUsedAt)!);
        var session = new SessionState
        {
            Id = Base64Url(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)),
            Device = string.IsNullOrWhiteSpace(device) ? "Unknown device" : device.Trim()[..Math.Min(device.Trim().Length, 120)],
            SignedInAt = Now, LastUsedAt = Now,
        };
        S.Sessions.Add(session);
        return new SignedIn(S.PersonId, session.Id);
    }
}
