using System.Security.Cryptography;
using System.Text;
using Convening.Contracts;
using Convening.Contracts.Gatherings;

namespace Convening.Grains.Gatherings;

[GenerateSerializer, Alias("convening.calendar-feed-state")]
public sealed class CalendarFeedState
{
    [Id(0)] public string Token { get; set; } = "";
}

public sealed class CalendarFeedGrain(
    [PersistentState("calendar-feed", StorageNames.Main)] IPersistentState<CalendarFeedState> state)
    : Grain, ICalendarFeedGrain
{
    private string PersonId => this.GetPrimaryKeyString();

    public Task<string?> GetToken(string? callerId)
    {
        RequireSelf(callerId);
        return Task.FromResult(state.State.Token.Length == 0 ? null : state.State.Token);
    }

    /// <summary>256 random bits, URL-safe; the old token stops working as soon as the new one is stored.</summary>
    public async Task<string> Reset(string? callerId)
    {
        RequireSelf(callerId);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        state.State.Token = $"{PersonId}.{secret}";
        await state.Write(this);
        return state.State.Token;
    }

    public Task<bool> Accepts(string token)
    {
        var current = state.State.Token;
        // Compared in constant time so response times say nothing about how much of a guess was right.
        var accepted = current.Length > 0
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(current), Encoding.UTF8.GetBytes(token ?? ""));
        return Task.FromResult(accepted);
    }

    private void RequireSelf(string? callerId)
    {
        if (Caller.Required(callerId) != PersonId)
            throw ConveningException.Forbidden("person.private", "You can only see and change your own calendar feed.");
    }
}
