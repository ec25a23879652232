using Convening.Contracts;
using Convening.Contracts.People;
using Convening.Contracts.Reflections;
using Convening.Web.Cycles;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Reflections;

/// <summary>
/// Writes a new entry or a new version of one. The version being edited travels in the form,
/// so a save from a stale tab is told it conflicts instead of silently replacing newer words.
/// </summary>
public sealed class WriteModel : ConveningPageModel
{
    [FromRoute] public string? Id { get; set; }
    [BindProperty(SupportsGet = true, Name = "structure")] public ReflectionStructure Structure { get; set; }
    [BindProperty(Name = "version")] public int Version { get; set; }
    [BindProperty(Name = "title")] public string? Title { get; set; }
    [BindProperty(Name = "section")] public List<string> Sections { get; set; } = [];
    [BindProperty(Name = "themes")] public string? Themes { get; set; }
    [BindProperty(Name = "visibility")] public ReflectionVisibility Visibility { get; set; }
    [BindProperty(Name = "group")] public string? GroupId { get; set; }
    [BindProperty(Name = "place")] public string? PlaceSlug { get; set; }
    [BindProperty(Name = "cycle")] public string? Cycle { get; set; }

    public IReadOnlyList<Membership> Memberships { get; private set; } = [];

    /// <summary>The version saved elsewhere, shown beside the form after a conflict.</summary>
    public ReflectionView? Saved { get; private set; }

    public IReadOnlyList<string> Prompts => ReflectionStructures.Prompts(Structure);

    protected override IReadOnlyCollection<string> Fields => ["title", "section-1", "themes", "visibility", "group", "place", "cycle"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["reflection.empty"] = "section-1", ["reflection.too-long"] = "section-1", ["reflection"] = "",
        ["theme"] = "themes", ["reflection.too-many-themes"] = "themes",
        ["reflection.not-in-group"] = "group", ["reflection.not-in-place"] = "place", ["slug"] = "place",
        ["reflection.link-not-visible"] = "cycle",
    };

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        await LoadMemberships();
        if (Id is null)
            return;
        var entry = await Entry().Get(CallerId);
        if (entry.AuthorId != CallerId)
            throw ConveningException.NotFound("reflection.not-found", "There is no reflection here that you can see.");
        (Structure, Version, Title, Sections, Themes, Visibility, GroupId, PlaceSlug, Cycle) =
            (entry.Structure, entry.Version, entry.Title, [.. entry.Sections], string.Join(", ", entry.Themes), entry.Visibility, entry.GroupId, entry.PlaceSlug, entry.Link?.Path);
    });

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        var id = await Save();
        Notify("Your reflection has been saved");
        return RedirectToPage("/Reflections/Show", new { id });
    }, LoadMemberships);

    /// <summary>The autosave script posts the same form here; it answers JSON instead of a page.</summary>
    public async Task<IActionResult> OnPostAutosave()
    {
        try
        {
            var id = await Save(draft: true);
            return new JsonResult(new { id, version = Version + 1 });
        }
        catch (ConveningException e)
        {
            return new JsonResult(new { code = e.Code, message = e.Message }) { StatusCode = Hosting.ErrorStatus.For(e.Kind) };
        }
    }

    /// <summary>Saves the form; a draft (autosave) stays the author's alone until they press Save.</summary>
    private async Task<string> Save(bool draft = false)
    {
        var id = Id ?? Guid.NewGuid().ToString("N");
        var themes = (Themes ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var command = new SaveReflection(Version, Title ?? "", Structure, Sections, themes, Visibility,
            Visibility == ReflectionVisibility.Group ? GroupId : null, Visibility == ReflectionVisibility.Place ? PlaceSlug : null,
            WorkLinkAddress.Parse(Cycle), draft);
        try
        {
            await Grains.GetGrain<IReflectionGrain>(id).Save(command, CallerId);
            return id;
        }
        catch (ConveningException e) when (e.Code == "reflection.conflict")
        {
            // Show what was saved elsewhere; saving again is then a deliberate choice, and the
            // replaced version stays in the history.
            Saved = await Entry().Get(CallerId);
            Version = Saved.Version;
            ModelState.Remove("version");
            throw;
        }
    }

    private async Task LoadMemberships() =>
        Memberships = (await Grains.GetGrain<IPersonGrain>(CallerId!).Get(CallerId)).Memberships;

    private IReflectionGrain Entry() => Grains.GetGrain<IReflectionGrain>(Id ?? "");
}
