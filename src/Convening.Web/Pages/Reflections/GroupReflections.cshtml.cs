using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

public sealed class GroupReflectionsModel : SharedReflectionsModel
{
    [FromRoute] public string Id { get; set; } = "";

    public GroupSummary Group { get; private set; } = null!;
    public override string AudienceName => Group.Name;
    public override string BackPage => "/Groups/Show";
    public override Dictionary<string, string> BackRoute => new() { ["id"] = Id };

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Group = await Grains.GetGrain<IGroupGrain>(Id).GetSummary();
        await LoadAudience(ReflectionAudience.Group(Id));
    });
}
