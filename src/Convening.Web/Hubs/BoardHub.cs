using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Web.Hosting;
using Convening.Web.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Convening.Web.Hubs;

/// <summary>
/// Live boards: one SignalR group per board. Every join and every method asks the board grain,
/// which decides (members edit, observers watch, facilitators control); refusals come back as
/// HubException messages starting with the stable code, e.g. "group.members-only: ...".
/// </summary>
[Authorize(AuthenticationSchemes = IdentitySetup.Combined)]
public sealed class BoardHub(IGrainFactory grains, BoardWatchers watchers, PresenceCoalescer presence, ILogger<BoardHub> log) : Hub<IBoardClient>
{
    public static string GroupName(string boardId) => "board:" + boardId;

    public async Task<BoardJoined> Join(string boardId, long lastVersion)
    {
        var board = Board(boardId);
        var caller = Context.User!.PersonId();
        // Ask the grain first: a forged or foreign board id is refused before anything is joined.
        // Only each lane's first cards are sent; the rest come lane by lane through More (decision 0038).
        var view = await Guard(() => board.GetPage(caller, BoardLimits.LanePage));
        await watchers.Join(Context.ConnectionId, caller!, boardId, view.GroupId);
        await Groups.AddToGroupAsync(Context.ConnectionId, GroupName(boardId));
        Joined().Add(boardId);
        await Guard(() => board.SetPresence(caller, true));
        if (lastVersion <= 0)
            return new BoardJoined(view, [], view.Version);
        var missed = new List<BoardChange>();
        while (true)
        {
            var page = await Guard(() => board.ChangesSince(lastVersion, caller));
            missed.AddRange(page);
            if (page.Count < BoardLimits.CatchUpPage)
                break;
            lastVersion = page[^1].Version;
        }
        return new BoardJoined(null, missed, missed.Count > 0 ? missed[^1].Version : lastVersion);
    }

    /// <summary>
    /// The changes after <paramref name="version"/> (at most one page), for a watcher that saw a gap
    /// in the versions it was sent: it fetches just what it missed, not the whole board.
    /// </summary>
    public async Task<IReadOnlyList<BoardChange>> Since(string boardId, long version)
    {
        if (!Joined().Contains(boardId))
            throw new HubException("board.not-joined: Join the board before asking for its changes.");
        return await Guard(() => Board(boardId).ChangesSince(version, Context.User!.PersonId()));
    }

    /// <summary>
    /// The next cards of a lane from position <paramref name="from"/> (the number the client has
    /// loaded), 50 of them, with the lane's count and the version they are as of, for "Show 50 more".
    /// </summary>
    public async Task<LanePage> More(string boardId, string laneId, int from)
    {
        if (!Joined().Contains(boardId))
            throw new HubException("board.not-joined: Join the board before asking for more of its cards.");
        return await Guard(() => Board(boardId).LaneCards(Context.User!.PersonId(), laneId, from, BoardLimits.MoreCards));
    }

    public async Task Leave(string boardId)
    {
        if (Joined().Remove(boardId))
            await Part(boardId);
    }

    /// <summary>Does one thing on the board; returns the change's version once it is durable.</summary>
    public async Task<long> Do(string boardId, BoardCommand command)
    {
        if (command is null)
            throw new HubException("board.unknown-command: Send a command with a 'type'.");
        var change = await Guard(() => Board(boardId).Apply(command, Context.User!.PersonId()));
        return change.Version;
    }

    /// <summary>Where the caller is working; sent as often as the client likes, passed on at most ~10 times a second.</summary>
    public void Here(string boardId, string? laneId)
    {
        if (Joined().Contains(boardId))
            presence.Submit(boardId, Context.User!.PersonId()!, new BoardWhere(laneId));
    }

    /// <summary>
    /// As <see cref="Here"/>, saying also the card and what the caller is doing there ("editing",
    /// "writing", "commenting"), so the others see "Morag is editing a card in What we notice".
    /// </summary>
    public void Working(string boardId, string? laneId, string? cardId, string? activity)
    {
        if (Joined().Contains(boardId))
            presence.Submit(boardId, Context.User!.PersonId()!, new BoardWhere(laneId, cardId, activity));
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var boardId in Joined().ToList())
            await Part(boardId);
        await base.OnDisconnectedAsync(exception);
    }

    private async Task Part(string boardId)
    {
        // A seat already closed by a removal from the group has nothing left to part from.
        if (!watchers.Leave(Context.ConnectionId, boardId))
            return;
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, GroupName(boardId));
        await Board(boardId).SetPresence(Context.User!.PersonId(), false);
    }

    private IBoardGrain Board(string boardId) => grains.GetGrain<IBoardGrain>(boardId ?? "");

    private HashSet<string> Joined() =>
        (HashSet<string>)(Context.Items.TryGetValue("boards", out var set) ? set! : Context.Items["boards"] = new HashSet<string>());

    /// <summary>
    /// A refusal goes back with its code and is logged at Information, without a stack trace; a
    /// storage fault goes back with its code and is logged once, at Error.
    /// </summary>
    private async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ConveningException e)
        {
            log.LogInformation("Board hub refused a request: {Code}", e.Code);
            throw new HubException($"{e.Code}: {e.Message}");
        }
        catch (Exception e) when (StorageFaults.Find(e) is { } fault)
        {
            log.LogError("Board hub failed on storage: {Code}: {Reason}", fault.Code, fault.Message);
            throw new HubException($"{fault.Code}: {StorageFaults.Message}");
        }
    }

    private Task Guard(Func<Task> call) => Guard(async () => { await call(); return true; });
}
