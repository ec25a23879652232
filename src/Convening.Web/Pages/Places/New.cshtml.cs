using Convening.Contracts;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Places;

public sealed class NewPlaceModel : ConveningPageModel
{
    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "slug")] public string? Slug { get; set; }
    [BindProperty(Name = "purpose")] public string? Purpose { get; set; }

    protected override IReadOnlyCollection<string> Fields => ["name", "slug", "purpose"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } =
        new Dictionary<string, string> { ["place.slug-taken"] = "slug" };

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var name = Check.Text(Name, "name", Limits.NameLength);
        var slug = Check.Slug(string.IsNullOrWhiteSpace(Slug) ? Check.SlugFrom(name) : Slug);
        // "new" would be hidden behind this page's own address.
        if (slug == "new")
            throw ConveningException.Conflict("place.slug-taken", "The short name 'new' is used by the service. Choose another.");
        var place = await Grains.GetGrain<IPlaceGrain>(slug).Create(new CreatePlace(name, Purpose ?? "") { RequestId = RequestId }, CallerId);
        Notify($"{place.Name} has been created. Convene its first group below.");
        return RedirectToPage("/Places/Show", new { slug = place.Slug });
    });
}
