using System.Globalization;
using Convening.Contracts.Gatherings;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>The record of the meeting: agenda, decisions, actions and the live board.</summary>
public sealed partial class ShowModel
{
    [BindProperty(Name = "agenda-title")] public string? AgendaTitle { get; set; }
    [BindProperty(Name = "agenda-minutes")] public string? AgendaMinutes { get; set; }
    [BindProperty(Name = "decision")] public string? DecisionText { get; set; }
    [BindProperty(Name = "action")] public string? ActionText { get; set; }
    [BindProperty(Name = "owner")] public string? Owner { get; set; }
    [BindProperty(Name = "item-id")] public string? ItemId { get; set; }

    public Task<IActionResult> OnPostAgenda() => Attempt(async () =>
    {
        var minutes = string.IsNullOrWhiteSpace(AgendaMinutes) ? 0
            : int.TryParse(AgendaMinutes, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1;
        await Grain.AddAgendaItem(AgendaTitle ?? "", minutes, CallerId, RequestId);
        return Done("The item has been added to the agenda.");
    }, LoadGathering);

    public Task<IActionResult> OnPostRemoveAgenda() => Attempt(async () =>
    {
        await Grain.RemoveAgendaItem(ItemId ?? "", CallerId);
        return Done("The item has been removed from the agenda.");
    }, LoadGathering);

    public Task<IActionResult> OnPostDecision() => Attempt(async () =>
    {
        await Grain.RecordDecision(DecisionText ?? "", CallerId, RequestId);
        return Done("The decision has been recorded.");
    }, LoadGathering);

    public Task<IActionResult> OnPostRemoveDecision() => Attempt(async () =>
    {
        await Grain.RemoveDecision(ItemId ?? "", CallerId);
        return Done("The decision has been removed.");
    }, LoadGathering);

    public Task<IActionResult> OnPostAction() => Attempt(async () =>
    {
        var due = DateBoxes.Read(Request.Form, "due", "the date it is due");
        await Grain.AddAction(new ActionInput(ActionText ?? "", Owner ?? "", due) { RequestId = RequestId }, CallerId);
        return Done("The action has been added. It is on its owner’s page until it is done.");
    }, LoadGathering);

    public Task<IActionResult> OnPostDone() => SetDone(true, "The action is done.");

    public Task<IActionResult> OnPostReopen() => SetDone(false, "The action has been reopened.");

    /// <summary>Someone takes on an action whose owner has left the group.</summary>
    public Task<IActionResult> OnPostTakeOn() => Attempt(async () =>
    {
        var action = (await Grain.Get(CallerId)).Actions.FirstOrDefault(a => a.Id == ItemId);
        await Grain.UpdateAction(ItemId ?? "", new ActionInput(action?.Text ?? "", CallerId ?? "", action?.Due ?? default), CallerId);
        return Done("The action is yours now.");
    }, LoadGathering);

    public Task<IActionResult> OnPostBoard() => Attempt(async () =>
    {
        var view = await Grain.OpenBoard(CallerId);
        return RedirectToPage("/Boards/Show", new { id = view.BoardId });
    }, LoadGathering);

    private Task<IActionResult> SetDone(bool done, string message) => Attempt(async () =>
    {
        await Grain.SetActionDone(ItemId ?? "", done, CallerId);
        return Done(message);
    }, LoadGathering);
}
