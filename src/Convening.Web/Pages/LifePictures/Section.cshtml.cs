using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>One section of a picture's task list: consent, what matters, strengths, a life area, or funding streams.</summary>
public sealed class SectionModel : PictureDraftModel
{
    public const string NotTalkedAbout = "not-yet";

    [FromRoute] public string Section { get; set; } = "";

    [BindProperty(Name = "consent")] public string? Consent { get; set; }
    [BindProperty(Name = "counts")] public string? Counts { get; set; }
    [BindProperty(Name = "known-as")] public string? KnownAs { get; set; }
    [BindProperty(Name = "what-matters")] public string? WhatMatters { get; set; }
    [BindProperty(Name = "strengths")] public string? Strengths { get; set; }
    [BindProperty(Name = "goals")] public string? Goals { get; set; }
    [BindProperty(Name = "current-support")] public string? CurrentSupport { get; set; }
    [BindProperty(Name = "match")] public string? Match { get; set; }
    [BindProperty(Name = "missing")] public string? Missing { get; set; }
    [BindProperty(Name = "streams")] public List<string> StreamIds { get; set; } = [];

    protected override IReadOnlyCollection<string> Fields =>
        ["consent", "counts", "known-as", "what-matters", "strengths", "goals", "current-support", "match", "missing", "streams"];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string>
    {
        ["picture.unknown-stream"] = "streams", ["fundingStreams"] = "streams",
    };

    public LifeArea? Area => PictureSections.AreaOf(Section);

    public AreaPicture? AreaNow => Area is { } a ? Draft.Content.Areas.FirstOrDefault(x => x.Area == a) : null;

    public Task<IActionResult> OnGet() => Load(LoadSection);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await LoadSection();
        if (Area is not null && Match is not (NotTalkedAbout or "yes" or "partly" or "no"))
        {
            ModelState.AddModelError("match", "Say whether the support they have matches what they want: yes, partly or no, or that you have not talked about it yet");
            return await Invalid(LoadSection);
        }
        if (Section == PictureSections.Consent)
        {
            // Both questions at once, so a form with two mistakes shows both.
            if (Draft.IsNew && Consent != "yes")
                ShowError(PictureText.InPlainWords(new ConveningException("picture.no-consent", "") { Field = "consent" }));
            if (Counts is not ("yes" or "no"))
                ModelState.AddModelError("counts", "Say whether the picture may count in the place's anonymous totals");
            if (!ModelState.IsValid)
                return await Invalid(LoadSection);
        }
        await PictureText.Plainly(() => Grain.SaveDraft(Changed(), CallerId));
        return RedirectToPage("/LifePictures/Edit", new { id = Id, place = KeptPlace });
    }, LoadSection);

    private async Task LoadSection()
    {
        if (!PictureSections.All.Contains(Section))
            throw ConveningException.NotFound("picture.no-such-section", "There is no such part of a life picture.");
        await LoadDraft();
        if (Section != PictureSections.Consent && !CanStart)
            throw ConveningException.NotFound("picture.no-consent", "Record the person's consent first.");
    }

    /// <summary>The draft with this section as the form says.</summary>
    private PictureDraft Changed()
    {
        var c = Draft.Content;
        var consent = Draft.Consent;
        switch (Section)
        {
            case PictureSections.Consent:
                consent = new PictureConsent(!Draft.IsNew || Consent == "yes", Counts == "yes");
                break;
            case PictureSections.About:
                c = c with { KnownAs = KnownAs ?? "", WhatMatters = WhatMatters ?? "" };
                break;
            case PictureSections.Strengths:
                c = c with { Strengths = Strengths ?? "" };
                break;
            case PictureSections.Streams:
                c = c with { FundingStreams = [.. StreamIds] };
                break;
            default:
                var area = Area!.Value;
                var others = c.Areas.Where(a => a.Area != area);
                c = c with
                {
                    Areas = Match == NotTalkedAbout
                        ? [.. others]
                        : [.. others.Append(new AreaPicture(area, Goals ?? "", CurrentSupport ?? "", Enum.Parse<SupportMatch>(Match!, ignoreCase: true), Missing ?? ""))],
                };
                break;
        }
        return Draft with { Consent = consent, Content = c, Changed = [.. Draft.Changed, Section] };
    }

    /// <summary>What a field shows: what was posted, or the draft's value.</summary>
    public string Value(string? posted, string saved) => Posted() ? posted ?? "" : saved;

    public string? MatchNow => Posted() ? Match : AreaNow is { } a ? a.Match.ToString().ToLowerInvariant() : Draft.Changed.Contains(Section) ? NotTalkedAbout : null;
}
