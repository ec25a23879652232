using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Boards;

public static class BoardFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<BoardType, BoardView>("board")
            .Description("A board by id; members of its group only.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The board's id.")
            .ResolveAsync(async ctx => await Board(ctx, ctx.GetArgument<string>("id")).Get(ctx.CallerId()));

        mutation.AddMutation<BoardType, BoardView, OpenBoardInputType>("openBoard", "Opens a live board for a group.",
            ctx =>
            {
                var input = ctx.Input<OpenBoardInput>();
                return Board(ctx, NewBoardId(ctx.CallerId(), input.RequestId)).Open(new OpenBoard(input.GroupId, input.Title, BoardTemplates.Lanes(input.Template)) { RequestId = input.RequestId }, ctx.CallerId());
            });

        mutation.AddMutation<BoardType, BoardView, ChangeBoardInputType>("changeBoard",
            "Makes one change to a board; everyone watching it live sees the change too.",
            async ctx =>
            {
                var input = ctx.Input<BoardActionInput>();
                var board = Board(ctx, input.BoardId);
                await board.Apply(input.ToCommand(), ctx.CallerId());
                return await board.Get(ctx.CallerId());
            });

        mutation.AddMutation<BoardType, BoardView, PromoteCardInputType>("promoteCard",
            "Makes a card an experiment in the board's learning cycle, an action with an owner in its gathering, or evidence for a principle; the card links to it for everyone.",
            async ctx =>
            {
                var input = ctx.Input<PromoteCardInput>();
                var board = Board(ctx, input.BoardId);
                await board.Promote(input.ToCommand(), ctx.CallerId());
                return await board.Get(ctx.CallerId());
            });
    }

    /// <summary>A new id, or with a request id, the same id each time that person sends it, so a retried open finds the board it opened.</summary>
    private static string NewBoardId(string? callerId, string? requestId) => "board-" + RequestIds.NewId(callerId, requestId);

    private static IBoardGrain Board(IResolveFieldContext ctx, string id) =>
        ctx.Grains().GetGrain<IBoardGrain>(string.IsNullOrEmpty(id) ? throw ConveningException.NotFound("board.not-found", "There is no such board.") : id);
}
