using Convening.Contracts;
using Convening.Contracts.Accounts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Microsoft.Extensions.Options;

namespace Convening.Grains.OrganisationDirectory;

[GenerateSerializer, Alias("convening.directory-moderators-state")]
public sealed class DirectoryModeratorsState
{
    [Id(0)] public HashSet<string> Emails { get; set; } = [];

    /// <summary>Person ids once found to be moderators (their address may since have stopped being one).</summary>
    [Id(1)] public HashSet<string> People { get; set; } = [];
}

public sealed class DirectoryModeratorsGrain(
    [PersistentState("moderators", StorageNames.Main)] IPersistentState<DirectoryModeratorsState> state,
    IOptions<DirectoryOptions> options)
    : Grain, IDirectoryModeratorsGrain
{
    private readonly Dictionary<string, bool> _known = [];
    // Raised by each change of address, so an answer worked out from an older card is not kept.
    private long _generation;

    public async Task<bool> IsModerator(string? personId)
    {
        if (string.IsNullOrEmpty(personId))
            return false;
        if (_known.TryGetValue(personId, out var known))
            return known;
        var generation = _generation;
        var card = await GrainFactory.GetGrain<IPersonGrain>(personId).GetCard();
        var email = card.Email.ToLowerInvariant();
        var moderator = email.Length > 0 && (state.State.Emails.Contains(email) || Configured(email));
        if (generation == _generation)
            _known[personId] = moderator;
        if (moderator && state.State.People.Add(personId))
            await state.Write(this);
        return moderator;
    }

    public async Task<IReadOnlyList<string>> Known()
    {
        // A moderator is known from the moment their address is made one (by configuration or
        // appointment) and verified, not only once they have opened the queue.
        foreach (var email in state.State.Emails.Concat(options.Value.Moderators.Select(m => m.Trim().ToLowerInvariant())).Where(e => e.Length > 0).Distinct())
            if (await GrainFactory.GetGrain<IAccountGrain>(email).PersonOf() is { } person && state.State.People.Add(person))
                await state.Write(this);
        var still = new List<string>();
        foreach (var person in state.State.People.ToList())
            if (await IsModerator(person))
                still.Add(person);
        return still;
    }

    public Task AddressChanged(string personId)
    {
        _generation++;
        _known.Remove(personId);
        return Task.CompletedTask;
    }

    public async Task Appoint(string email, string? callerId)
    {
        if (!await IsModerator(Caller.Required(callerId)))
            throw ConveningException.Forbidden("directory.not-a-moderator", "Only directory moderators can appoint moderators.");
        var address = Check.Email(email);
        if (state.State.Emails.Add(address))
            await state.Write(this);
        _known.Clear();
    }

    private bool Configured(string email) =>
        options.Value.Moderators.Any(m => string.Equals(m.Trim(), email, StringComparison.OrdinalIgnoreCase));
}
