using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Web.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>A new special-cause signal, put on the cycle's board as a question in one click.</summary>
public sealed partial class CycleModel
{
    public Task<IActionResult> OnPostAskSignal([FromForm(Name = "measure")] string measureId) => Attempt(async () =>
    {
        await LoadPage();
        var chart = Charts.FirstOrDefault(c => c.Measure.Id == measureId)
            ?? throw ConveningException.NotFound("measure.not-found", "There is no such measure in this cycle.");
        if (chart.NewSignal is null)
            throw ConveningException.Conflict("measure.no-new-signal", $"{chart.Measure.Name} has no new signal to ask about.");
        if (View!.BoardId is not { } boardId)
            throw ConveningException.NotFound("board.not-found", "This cycle has no board.");
        var board = Grains.GetGrain<IBoardGrain>(boardId);
        var lane = (await board.Get(CallerId)).Lanes.FirstOrDefault()
            ?? throw ConveningException.Conflict("board.no-lanes", "The cycle's board has no lanes to put the question in.");
        await board.Apply(new AddCard(lane.Id, Clip(chart.SignalQuestion)), CallerId);
        return BackToCycle($"“What is behind this signal?” is on the cycle’s board, in “{lane.Title}”.", chart.Id + "-heading");
    }, LoadPage);

    private static string Clip(string text) => text.Length <= BoardLimits.CardText ? text : text[..(BoardLimits.CardText - 1)] + "…";
}
