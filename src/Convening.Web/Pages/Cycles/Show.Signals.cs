using Convening.Contracts;
using Convening.Contracts.Boards;
using Convening.Contracts.Gatherings;
using Convening.Web.Cycles;
using Convening.Web.Pages.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>
/// A new special-cause signal, put as a question in one click on the cycle's board or on the agenda
/// of the group's next gathering. The board and gathering grains decide who may add to them.
/// </summary>
public sealed partial class CycleModel
{
    public Task<IActionResult> OnPostAskSignal([FromForm(Name = "measure")] string measureId) => Attempt(async () =>
    {
        var chart = await Signalling(measureId);
        if (View!.BoardId is not { } boardId)
            throw ConveningException.NotFound("board.not-found", "This cycle has no board.");
        var board = Grains.GetGrain<IBoardGrain>(boardId);
        var lane = (await board.Get(CallerId)).Lanes.FirstOrDefault()
            ?? throw ConveningException.Conflict("board.no-lanes", "The cycle's board has no lanes to put the question in.");
        await board.Apply(new AddCard(lane.Id, Clip(chart.SignalQuestion, BoardLimits.CardText)), CallerId);
        return BackToCycle($"“What is behind this signal?” is on the cycle’s board, in “{lane.Title}”.", chart.Id + "-heading");
    }, LoadPage);

    public Task<IActionResult> OnPostAgendaSignal([FromForm(Name = "measure")] string measureId) => Attempt(async () =>
    {
        var chart = await Signalling(measureId);
        var next = await Grains.GetGrain<IGroupGatheringsGrain>(View!.Summary.GroupId).Next(CallerId)
            ?? throw ConveningException.Conflict("gathering.none-upcoming",
                $"{CycleGroup.Name} has no gathering planned. Plan one with a date and time, then add the question to its agenda.");
        await Grains.GetGrain<IGatheringGrain>(next.Id).AddAgendaItem(Clip(chart.SignalQuestion, Limits.ShortText), 0, CallerId, RequestId);
        return BackToCycle($"“What is behind this signal?” is on the agenda of {next.Details.Title}, {GatheringText.When(next.Start!.Value, next.Details.Minutes, next.Details.TimeZone)}.", chart.Id + "-heading");
    }, LoadPage);

    /// <summary>The measure's chart, which must have a new signal to ask about; observers are refused before anything is looked up.</summary>
    private async Task<MeasureChart> Signalling(string measureId)
    {
        await LoadPage();
        if (View is not { CanEdit: true })
            await LoadForEditing();
        var chart = Charts.FirstOrDefault(c => c.Measure.Id == measureId)
            ?? throw ConveningException.NotFound("measure.not-found", "There is no such measure in this cycle.");
        return chart.NewSignal is null
            ? throw ConveningException.Conflict("measure.no-new-signal", $"{chart.Measure.Name} has no new signal to ask about.")
            : chart;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
