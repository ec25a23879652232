using Convening.Contracts;
using Convening.Contracts.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Cycles;

/// <summary>
/// A page about one learning cycle, for members of its group. The cycle grain decides who may
/// see and change it; these pages only hide the forms a person could not use.
/// </summary>
public abstract class CyclePageModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public CycleView Cycle { get; private set; } = null!;

    protected ILearningCycleGrain Grain => Grains.GetGrain<ILearningCycleGrain>(Id);

    /// <summary>The whole cycle; a non-member gets the grain's refusal.</summary>
    protected async Task LoadCycle()
    {
        if (!Guid.TryParseExact(Id, "N", out _))
            throw ConveningException.NotFound("cycle.not-found", "There is no such learning cycle.");
        Cycle = await Grain.Get(CallerId);
    }

    /// <summary>The cycle for a form that changes it: observers get the grain's own refusal up front.</summary>
    protected async Task LoadForEditing()
    {
        await LoadCycle();
        if (!Cycle.CanEdit)
            AccessPolicy.Contributor(Convening.Contracts.Groups.GroupRole.Observer);
    }

    /// <summary>Back to the cycle page, at a section, with a success message.</summary>
    protected IActionResult BackToCycle(string message, string section = "")
    {
        Notify(message);
        return RedirectToPage("/Cycles/Show", null, new { id = Id }, section.Length > 0 ? section : null);
    }
}
