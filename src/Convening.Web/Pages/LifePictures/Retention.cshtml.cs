using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Places;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>
/// A place's retention periods for life pictures and support plans (decision 0050), set by its
/// stewards, with what is scheduled and what the retention job has erased. Stewards only.
/// </summary>
public sealed class RetentionModel : ConveningPageModel
{
    [FromRoute] public string Slug { get; set; } = "";

    [BindProperty(Name = "pictureYears")] public string? PictureYears { get; set; }
    [BindProperty(Name = "auditYears")] public string? AuditYears { get; set; }

    public PlaceView Place { get; private set; } = null!;
    public RetentionView Retention { get; private set; } = null!;

    protected override IReadOnlyCollection<string> Fields => ["pictureYears", "auditYears"];

    public Task<IActionResult> OnGet() => Load(Read);

    public Task<IActionResult> OnPost() => Attempt(async () =>
    {
        await Read();
        var picture = Whole(PictureYears, "pictureYears");
        var audit = Whole(AuditYears, "auditYears");
        if (!ModelState.IsValid)
            return await Invalid(Read);
        await Grain.Set(new SetRetention(Slug, picture, audit), CallerId);
        Notify("Retention periods saved", $"Life pictures and their support plans are erased {picture} {YearsWord(picture)} after their last change; the record of who saw one {audit} {YearsWord(audit)} after that.");
        return RedirectToPage("/LifePictures/Retention", new { slug = Slug });
    }, Read);

    private int Whole(string? text, string field)
    {
        if (int.TryParse(text?.Trim(), out var years))
            return years;
        ModelState.AddModelError(field, $"Enter a whole number of years from {RetentionRule.MinYears} to {RetentionRule.MaxYears}, like 6");
        return 0;
    }

    private IPlaceRetentionGrain Grain => Grains.GetGrain<IPlaceRetentionGrain>(Slug);

    private async Task Read()
    {
        Place = await Grains.GetGrain<IPlaceGrain>(Slug).Get();
        Retention = await Grain.Get(CallerId);
        PictureYears ??= Retention.Rule.PictureYears.ToString(System.Globalization.CultureInfo.InvariantCulture);
        AuditYears ??= Retention.Rule.AuditYears.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string YearsWord(int years) => years == 1 ? "year" : "years";
}
