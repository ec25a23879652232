using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Web.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Import;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory;

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
    [BindProperty(Name = "identifiers")] public List<IdentifierForm> Identifiers { get; set; } = [];

    /// <summary>True when "Save as draft" was pressed rather than "Send for review".</summary>
    [BindProperty(Name = "draft")] public bool AsDraft { get; set; }

    /// <summary>Which "add another" or "remove" button was pressed, if any.</summary>
    [BindProperty(Name = "change")] public string? Change { get; set; }

    public IReadOnlyList<Choice> PlaceChoices { get; private set; } = [];

    protected override IReadOnlyCollection<string> Fields => [.. EntryFields.For(Services, Identifiers.Count)];

    protected override IReadOnlyDictionary<string, string> FieldAliases => EntryFields.Aliases;

    protected async Task LoadChoices()
    {
        var places = await PlaceNames.Load(Grains);
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
        Identifiers = [.. content.OrgIds.Select(IdentifierForm.From)];
    }

    /// <summary>
    /// Sends the form to the grain for review, or saves it as a draft (which may leave the description,
    /// places, practice and self-assessment to later), or applies an "add another"/"remove" button and shows the form again.
    /// </summary>
    protected async Task<IActionResult> Save(Func<EntryContent, Task<OrganisationView>> submit, Func<EntryContent, Task<OrganisationView>> saveDraft, string notice, string? copy)
    {
        if (EntryFields.Apply(Change, Services, Identifiers))
        {
            ModelState.Clear();
            await LoadChoices();
            return Page();
        }
        ModelState.Clear();
        _draft = Draft();
        if (_draft is null || !ModelState.IsValid)
            return await Invalid(LoadChoices);
        return await Attempt(async () =>
        {
            var view = await (AsDraft ? saveDraft : submit)(_draft.Content);
            if (AsDraft)
                Notify("Your draft has been saved", "Only you can see it. Come back to it from your entries, and send it for review when it is ready.");
            else
                Notify(notice, copy);
            return RedirectToPage("/Directory/Show", new { id = view.Id });
        }, LoadChoices);
    }

    protected override string FieldFor(ConveningException e) =>
        e.Field is { } at && _draft?.FormField(at) is { } field && Fields.Contains(field) ? field : base.FieldFor(e);

    private EntryDraft? _draft;

    /// <summary>The entry as typed, with the mistakes the form can see all shown at once; null where it cannot say what was meant.</summary>
    private EntryDraft? Draft()
    {
        if (!Enum.TryParse<OrganisationKind>(Kind, out var kind) || !Enum.IsDefined(kind))
            ModelState.AddModelError("kind", "Select what kind of organisation it is.");
        var answers = new List<SelfAssessmentItem>();
        foreach (var statement in DirectoryTaxonomy.SelfAssessment)
        {
            if (Enum.TryParse<SelfAssessmentAnswer>(Assessment.GetValueOrDefault(statement.Code), out var answer) && Enum.IsDefined(answer))
                answers.Add(new SelfAssessmentItem(statement.Code, answer));
            else if (!AsDraft)
                ModelState.AddModelError($"assessment[{statement.Code}]", $"Select how far this is true of your work: {statement.Description.TrimEnd('.')}.");
        }
        Precheck(() => Check.Text(Name, "name", Limits.NameLength));
        Precheck(() => _ = AsDraft
            ? Check.OptionalMultiline(Description, "description", DirectoryLimits.DescriptionLength)
            : Check.Multiline(Description, "description", DirectoryLimits.DescriptionLength));
        Also("website", () => EntryChecks.WebAddress(Website, "website", required: false));
        Also("email", () => _ = string.IsNullOrWhiteSpace(Email) ? "" : Check.Email(Email));
        Also("phone", () => EntryChecks.Phone(Phone));
        if (Places.Count == 0 && !AsDraft)
            ModelState.AddModelError("places", "Choose at least one place the organisation serves.");
        var identifiers = new List<OrgIdentifier>();
        for (var i = 0; i < Identifiers.Count; i++)
            if (!Identifiers[i].IsBlank)
                CheckIdentifier(i, Identifiers[i], identifiers);
        for (var i = 0; i < Services.Count; i++)
            if (!Services[i].IsBlank && string.IsNullOrWhiteSpace(Services[i].Name))
                ModelState.AddModelError(EntryFields.Service(i, "name"), $"Enter the name of service {i + 1}, or remove it.");
        for (var i = 0; i < Services.Count; i++)
            for (var j = 0; j < Services[i].Locations.Count; j++)
                if (Services[i].Locations[j] is { IsBlank: false } location)
                    CheckLocation(i, j, location);
        var approaches = DirectoryTaxonomy.Approaches.Where(a => Approaches.Contains(a.Code))
            .Select(a => new ApproachClaim(a.Code, Practice.GetValueOrDefault(a.Code)?.Trim() ?? "", Evidence.GetValueOrDefault(a.Code) ?? ""))
            .ToList();
        foreach (var claim in approaches.Where(c => c.Practice.Length == 0 && !AsDraft))
            ModelState.AddModelError($"practice[{claim.Approach}]", $"Say what you do in practice for {DirectoryText.Term(DirectoryTaxonomy.Approaches, claim.Approach).ToLowerInvariant()}.");
        if (!ModelState.IsValid)
            return null;
        var top = new EntryContent(Name ?? "", kind, Description ?? "", Website ?? "", Email ?? "", Phone ?? "", Places,
            [.. Sectors.Select(s => Enum.TryParse<Sector>(s, out var sector) && Enum.IsDefined(sector) ? sector : (Sector?)null).OfType<Sector>().Distinct()],
            People, [], [], answers, identifiers);
        return EntryDraft.From(top, Services, approaches, [.. Enumerable.Range(0, Identifiers.Count).Where(i => !Identifiers[i].IsBlank)]);
    }

    private void CheckIdentifier(int i, IdentifierForm row, List<OrgIdentifier> identifiers)
    {
        try
        {
            var identifier = OrgIdSchemes.Check(row.Scheme, row.Id);
            if (identifiers.Contains(identifier))
                ModelState.AddModelError(EntryFields.Identifier(i, "id"), $"Identifier {i + 1} is listed twice; remove one.");
            identifiers.Add(identifier);
        }
        catch (ConveningException e)
        {
            ModelState.AddModelError(EntryFields.Identifier(i, e.Code == "identifier.unknown-scheme" ? "scheme" : "id"), e.Message);
        }
    }

    private void CheckLocation(int i, int j, LocationForm location)
    {
        if (location.LocationKind == LocationKind.Virtual)
        {
            Also(EntryFields.Location(i, j, "url"), () => EntryChecks.WebAddress(location.Url, "location-url", required: true));
            return;
        }
        Also(EntryFields.Location(i, j, "address"), () => Check.Text(location.Address, "address", Limits.ShortText));
        Also(EntryFields.Location(i, j, "town"), () => Check.Text(location.Town, "town", Limits.NameLength));
        Also(EntryFields.Location(i, j, "postcode"), () => EntryChecks.Postcode(location.Postcode));
    }

    /// <summary>Runs one of the grain's checks on a field this form names itself, showing its message there.</summary>
    private void Also(string field, Action check)
    {
        try
        {
            check();
        }
        catch (ConveningException e)
        {
            ModelState.AddModelError(field, e.Message);
        }
    }
}
