using System.Text.Json;
using Convening.Contracts.Boards;
using Convening.Testing;
using Convening.Testing.Boards;

namespace Convening.Container.Smoke;

/// <summary>The checks, each printing one line when it passes and throwing with what it saw when not.</summary>
public sealed class SmokeChecks(Uri server, string stateFile)
{
    private readonly Api _api = new(server);

    public async Task First()
    {
        await Ready();
        var places = await _api.Call(null, "{ places(first: 5) { totalCount } }");
        Pass($"GraphQL query: places totalCount = {places["places"]!["totalCount"]}");

        var convenor = await _api.Register("Container Convenor");
        var member = await _api.Register("Container Member");
        var groupId = await _api.Group(convenor.Token, member.Email, member.Token);
        var (boardId, laneId) = await _api.Board(convenor.Token, groupId);
        Pass($"GraphQL mutations: registered two people, convened group {groupId}, opened board {boardId}");

        var text = $"Written in the container {Guid.NewGuid():N}";
        await using var watcher = await new BoardWatcher(server, member.Token).Connect();
        await watcher.Join(boardId);
        await using var writer = await new BoardWatcher(server, convenor.Token).Connect();
        await writer.Join(boardId);
        await writer.Do(boardId, new AddCard(laneId, text));
        await watcher.Until(w => w.Changes.Any(c => c.Event is CardAdded added && added.Text == text), "the member to see the convenor's card");
        Pass("SignalR: a card added by one person reached another's board live");

        await File.WriteAllTextAsync(stateFile, JsonSerializer.Serialize(new State(convenor.Token, boardId, text)));
    }

    public async Task Again()
    {
        var state = JsonSerializer.Deserialize<State>(await File.ReadAllTextAsync(stateFile))!;
        await Ready();
        // The token was signed with keys kept in the data folder: it still works only if they survived too.
        var data = await _api.Call(state.Token, "query($id: ID!) { board(id: $id) { lanes { cards { text } } } }", new { id = state.BoardId });
        var texts = data["board"]?["lanes"]?.AsArray().SelectMany(l => l!["cards"]!.AsArray()).Select(c => c!["text"]!.GetValue<string>()).ToList() ?? [];
        if (!texts.Contains(state.CardText))
            throw new InvalidOperationException($"after the restart the board does not hold the card written before it; it has {JsonSerializer.Serialize(texts)}");
        Pass("restart: the sign-in token, the board and its card survived a restart on the same data folder");
    }

    private async Task Ready()
    {
        using var http = new HttpClient { BaseAddress = server };
        using var response = await http.GetAsync("/health/ready");
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"/health/ready answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Pass("/health/ready answered 200");
    }

    private static void Pass(string what) => Console.WriteLine($"smoke: ok: {what}");

    private sealed record State(string Token, string BoardId, string CardText);
}
