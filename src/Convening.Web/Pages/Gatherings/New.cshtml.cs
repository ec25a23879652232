using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>A convenor plans a gathering: first what and where, then (on the next page) when.</summary>
public sealed class NewModel : DetailsPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public string GroupName { get; private set; } = "";

    public Task<IActionResult> OnGet() => Load(LoadGroup);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var details = ReadDetails();
        var gathering = Grains.GetGrain<IGatheringGrain>(RequestIds.NewId(CallerId, RequestId));
        var view = await gathering.Plan(Id, details, CallerId);
        return RedirectToPage("/Gatherings/Time", new { id = view.Id });
    }, LoadGroup);

    private async Task LoadGroup()
    {
        var details = await Grains.GetGrain<IGroupGrain>(Id).GetDetails(CallerId);
        AccessPolicy.Convenor(details.MyRole);
        GroupName = details.Summary.Name;
        if (!Posted())
            Saved = Saved with { TimeZone = details.Members.FirstOrDefault(m => m.Person.Id == CallerId)?.Person.Availability.TimeZone ?? Saved.TimeZone };
    }
}
