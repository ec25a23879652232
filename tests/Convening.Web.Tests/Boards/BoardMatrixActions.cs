using static Convening.Web.Tests.MatrixActions;

namespace Convening.Web.Tests.Boards;

/// <summary>The board's private-writing actions in the authorization matrix, through GraphQL and the board page's forms.</summary>
public static class BoardMatrixActions
{
    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["startPrivateWriting"] = new(Allowed.Facilitators, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "START_PRIVATE_WRITING" } });
            return new(reply, () => PrivateWriting(f, board));
        }),
        // Nobody is on the board, so no facilitator is there: anyone taking part may reveal (a facilitator who left strands nothing).
        ["revealCards"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f, privately: true);
            var reply = await f.Api(who).Post(Change, new { i = new { boardId = board, action = "REVEAL_CARDS", anonymous = true } });
            return new(reply, async () => !await PrivateWriting(f, board));
        }),
        ["boardPrivatePage"] = new(Allowed.Facilitators, async (f, who) =>
        {
            var board = await Open(f);
            var reply = await f.Page(who, $"/boards/{board}?handler=Private");
            return new(reply, () => PrivateWriting(f, board));
        }),
        ["boardRevealPage"] = new(Allowed.Contributors, async (f, who) =>
        {
            var board = await Open(f, privately: true);
            var reply = await f.Page(who, $"/boards/{board}?handler=Reveal", ("number", "1"));
            return new(reply, async () => !await PrivateWriting(f, board));
        }),
    };

    private const string Change = "mutation($i: ChangeBoardInput!) { changeBoard(input: $i) { board { version } } }";

    private static async Task<string> Open(AuthorizationMatrixFixture f, bool privately = false)
    {
        var board = (await f.Convenor.Api.Post("mutation($i: OpenBoardInput!) { openBoard(input: $i) { board { id } } }",
            new { i = new { groupId = f.GroupId, title = "Matrix board" } })).ShouldSucceed().Json!["data"]!["openBoard"]!["board"]!["id"]!.GetValue<string>();
        if (privately)
            (await f.Convenor.Api.Post(Change, new { i = new { boardId = board, action = "START_PRIVATE_WRITING" } })).ShouldSucceed();
        return board;
    }

    private static async Task<bool> PrivateWriting(AuthorizationMatrixFixture f, string board) =>
        (await f.Convenor.Api.Post("query($id: ID!) { board(id: $id) { privateWriting } }", new { id = board })).ShouldSucceed()
            .Json!["data"]!["board"]!["privateWriting"]!.GetValue<bool>();
}
