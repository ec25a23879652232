using Convening.Contracts;
using Convening.Contracts.Gatherings;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Gatherings;

/// <summary>A group's gatherings: what is coming up, and what happened with how each conversation went.</summary>
public sealed class IndexModel : ConveningPageModel
{
    public const int PageSize = 20;

    [FromRoute] public string Id { get; set; } = "";
    [FromQuery(Name = "past")] public string? PastCursor { get; set; }
    [FromQuery(Name = "upcoming")] public string? UpcomingCursor { get; set; }

    public GroupSummary Group { get; private set; } = null!;
    public GroupRole MyRole { get; private set; }
    public Page<GatheringSummary> Upcoming { get; private set; } = null!;
    public Page<GatheringSummary> Past { get; private set; } = null!;
    public IReadOnlyList<AgencyHours> AgencyHours { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        var details = await Grains.GetGrain<IGroupGrain>(Id).GetDetails(CallerId);
        (Group, MyRole) = (details.Summary, details.MyRole);
        var index = Grains.GetGrain<IGroupGatheringsGrain>(Id);
        Upcoming = await index.List(false, PageSize, UpcomingCursor, CallerId);
        Past = await index.List(true, PageSize, PastCursor, CallerId);
        AgencyHours = await index.GetAgencyHours(CallerId);
    });
}
