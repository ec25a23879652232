using Convening.Contracts;
using Convening.Contracts.Directory;
using Convening.Contracts.People;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.Directory;

/// <summary>
/// The entry form, new or changed. "Add another service" and the like post the form back and it
/// is shown again with one more block, so it works without JavaScript; blank blocks are left out.
/// </summary>
public abstract class EntryFormModel : ConveningPageModel
{
    [BindProperty(Name = "name")] public string? Name { get; set; }
    [BindProperty(Name = "kind")] public string? Kind { get; set; }
    [BindProperty(Name = "description")] public string? Description { get; set; }
    [BindProperty(Name = "website")] public string? Website { get; set; }
    [BindProperty(Name = "email")] public string? Email { get; set; }
    [BindProperty(Name = "phone")] public string? Phone { get; set; }
    [BindProperty(Name = "places")] public List<string> Places { get; set; } = [];
    [BindProperty(Name = "sectors")] public List<string> Sectors { get; set; } = [];
    [BindProperty(Name = "people")] public List<string> People { get; set; } = [];
    [BindProperty(Name = "approaches")] public List<string> Approaches { get; set; } = [];
    [BindProperty(Name = "practice")] public Dictionary<string, string?> Practice { get; set; } = [];
    [BindProperty(Name = "evidence")] public Dictionary<string, string?> Evidence { get; set; } = [];
    [BindProperty(Name = "assessment")] public Dictionary<string, string?> Assessment { get; set; } = [];
    [BindProperty(Name = "services")] public List<ServiceForm> Services { get; set; } = [];

    /// <summary>Which "add another" or "remove" button was pressed, if any.</summary>
    [BindProperty(Name = "change")] public string? Change { get; set; }

    public IReadOnlyList<Choice> PlaceChoices { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => [.. EntryFields.For(Services)];

    protected override IReadOnlyDictionary<string, string> FieldAliases => EntryFields.Aliases;

    protected async Task LoadChoices()
    {
        var places = await PlaceNames.All(Grains);
        PlaceChoices = [.. places.OrderBy(p => p.Value, StringComparer.OrdinalIgnoreCase).Select(p => new Choice(p.Key, p.Value))];
    }

    protected void Fill(EntryContent content)
    {
        (Name, Kind, Description, Website, Email, Phone) = (content.Name, content.Kind.ToString(), content.Description, content.Website, content.Email, content.Phone);
        Places = [.. content.Places];
        Sectors = [.. content.Sectors.Select(s => s.ToString())];
        People = [.. content.PeopleServed];
        Approaches = [.. content.Approaches.Select(a => a.Approach)];
        Practice = content.Approaches.ToDictionary(a => a.Approach, a => (string?)a.Practice);
        Evidence = content.Approaches.ToDictionary(a => a.Approach, a => (string?)a.Evidence);
        Assessment = content.SelfAssessment.ToDictionary(a => a.Statement, a => (string?)a.Answer.ToString());
        Services = [.. content.Services.Select(ServiceForm.From)];
        if (Services.Count == 0)
            Services.Add(ServiceForm.Empty());
    }

    /// <summary>Sends the form to the grain, or applies an "add another"/"remove" button and shows the form again.</summary>
    protected async Task<IActionResult> Save(Func<EntryContent, Task<OrganisationView>> submit, string notice, string? copy)
    {
        if (EntryFields.Apply(Change, Services))
        {
            ModelState.Clear();
            await LoadChoices();
            return Page();
        }
        var content = ToContent();
        if (content is null || !ModelState.IsValid)
            return await Invalid(LoadChoices);
        return await Attempt(async () =>
        {
            var view = await submit(content);
            Notify(notice, copy);
            return Redirect($"/directory/organisations/{view.Id}");
        }, LoadChoices);
    }

    /// <summary>The entry as typed; null (with errors shown) where the form itself cannot say what was meant.</summary>
    private EntryContent? ToContent()
    {
        ModelState.Clear();
        if (!Enum.TryParse<OrganisationKind>(Kind, out var kind) || !Enum.IsDefined(kind))
            ModelState.AddModelError("kind", "Select what kind of organisation it is.");
        var answers = new List<SelfAssessmentItem>();
        foreach (var statement in DirectoryTaxonomy.SelfAssessment)
        {
            if (Enum.TryParse<SelfAssessmentAnswer>(Assessment.GetValueOrDefault(statement.Code), out var answer) && Enum.IsDefined(answer))
                answers.Add(new SelfAssessmentItem(statement.Code, answer));
            else
                ModelState.AddModelError($"assessment[{statement.Code}]", $"Select how far this is true of your work: {statement.Name.ToLowerInvariant()}.");
        }
        Precheck(() => Check.Text(Name, "name", Limits.NameLength));
        if (!ModelState.IsValid)
            return null;
        return new EntryContent(Name ?? "", kind, Description ?? "", Website ?? "", Email ?? "", Phone ?? "", Places,
            [.. Sectors.Select(s => Enum.TryParse<Sector>(s, out var sector) ? sector : Sector.Other).Distinct()],
            People,
            [.. Services.Where(s => !s.IsBlank).Select(s => s.ToOffer())],
            [.. Approaches.Select(a => new ApproachClaim(a, Practice.GetValueOrDefault(a) ?? "", Evidence.GetValueOrDefault(a) ?? ""))],
            answers);
    }
}
