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
            .Description("A board by id; members of its group only. Each lane carries its first cards and how many it has (Lane.total); boardLaneCards brings the rest.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The board's id.")
            .Argument<IntGraphType>("cardsPerLane", $"How many of each lane's cards to include (1 to {BoardLimits.MaxLanePage}, default {CardsPerLane}).")
            .ResolveAsync(async ctx => await Paged(ctx, Board(ctx, ctx.GetArgument<string>("id")), ctx.GetArgument("cardsPerLane", CardsPerLane)));

        query.Field<NonNullGraphType<BoardLanePageType>, LanePage>("boardLaneCards")
            .Description("More of one lane's cards, from a position (where a board's first cards end); members of the board's group only.")
            .Argument<NonNullGraphType<IdGraphType>>("boardId", "The board's id.")
            .Argument<NonNullGraphType<IdGraphType>>("laneId", "The lane's id.")
            .Argument<IntGraphType>("from", "The position of the first card wanted, 0 for the top (default 0).")
            .Argument<IntGraphType>("first", $"How many cards to return (1 to {BoardLimits.MaxLanePage}, default {CardsPerLane}).")
            .ResolveAsync(async ctx => await Board(ctx, ctx.GetArgument<string>("boardId"))
                .LaneCards(ctx.CallerId(), ctx.GetArgument<string>("laneId"), ctx.GetArgument("from", 0), ctx.GetArgument("first", CardsPerLane)));

        mutation.AddMutation<BoardType, BoardView, OpenBoardInputType>("openBoard", "Opens a live board for a group.",
            ctx =>
            {
                var input = ctx.Input<OpenBoardInput>();
                return Board(ctx, NewBoardId(ctx.CallerId(), input.RequestId)).Open(input.ToCommand(), ctx.CallerId());
            });

        mutation.AddMutation<BoardType, BoardView, ChangeBoardInputType>("changeBoard",
            "Makes one change to a board; everyone watching it live sees the change too.",
            async ctx =>
            {
                var (boardId, input) = ctx.Keyed<ChangeBoardInput>();
                var board = Board(ctx, boardId);
                await board.Apply(input.ToCommand(), ctx.CallerId());
                return await Paged(ctx, board, CardsPerLane);
            });

        mutation.AddMutation<BoardType, BoardView, PromoteCardInputType>("promoteCard",
            "Makes a card an experiment in the board's learning cycle, an action with an owner in its gathering, or evidence for a principle; the card links to it for everyone.",
            async ctx =>
            {
                var (boardId, command) = ctx.Keyed<PromoteCard>();
                var board = Board(ctx, boardId);
                await board.Promote(command, ctx.CallerId());
                return await Paged(ctx, board, CardsPerLane);
            });
    }

    /// <summary>How many of each lane's cards a board brings over GraphQL unless asked for another number.</summary>
    public const int CardsPerLane = 100;

    /// <summary>The board with each lane's first cards only (the grain checks how many): a board of 10,000 cards is never sent whole.</summary>
    private static Task<BoardView> Paged(IResolveFieldContext ctx, IBoardGrain board, int perLane) => board.GetPage(ctx.CallerId(), perLane);

    /// <summary>A new id, or with a request id, the same id each time that person sends it, so a retried open finds the board it opened.</summary>
    private static string NewBoardId(string? callerId, string? requestId) => "board-" + RequestIds.NewId(callerId, requestId);

    private static IBoardGrain Board(IResolveFieldContext ctx, string id) =>
        ctx.Grains().GetGrain<IBoardGrain>(string.IsNullOrEmpty(id) ? throw ConveningException.NotFound("board.not-found", "There is no such board.") : id);
}
