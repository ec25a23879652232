using System.Text.Json;
using System.Text.Json.Serialization;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>A life picture for the person and their named practitioners: opening it is in its audit trail.</summary>
public sealed class ShowModel : ConveningPageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>What the person downloads: their picture and, when one has been made, their support plan.</summary>
    public sealed record PersonDownload(PictureExport Picture, PlanExport? SupportPlan);

    [FromRoute] public string Id { get; set; } = "";

    public PictureView Picture { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> Trail { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Picture = await Grain.Get(CallerId);
        Trail = await Grain.AuditTrail(CallerId);
    });

    /// <summary>
    /// The person's own copy of everything held (every version and the audit trail, and their support plan with every
    /// agreed version), as JSON. Each grain lets only the person download, and records it in the audit trail.
    /// </summary>
    public async Task<IActionResult> OnGetDownload()
    {
        PersonDownload? download = null;
        var page = await Load(async () =>
        {
            var picture = await Grain.Download(CallerId);
            var plan = await Grains.GetGrain<ISupportPlanGrain>(Id).Download(CallerId);
            download = new PersonDownload(picture, plan.Version == 0 ? null : plan);
        });
        return download is null ? page : File(JsonSerializer.SerializeToUtf8Bytes(download, Json), "application/json", $"life-picture-{Id}.json");
    }

    private ILifePictureGrain Grain => Grains.GetGrain<ILifePictureGrain>(Id);

    public static string Match(SupportMatch match) => match switch
    {
        SupportMatch.Yes => "Yes",
        SupportMatch.Partly => "Partly",
        _ => "No",
    };

    public static string Action(PictureAction action) => action switch
    {
        PictureAction.Recorded => "Recorded the picture",
        PictureAction.Opened => "Opened the picture",
        PictureAction.ReadVersion => "Read an earlier version",
        PictureAction.Changed => "Changed the picture",
        PictureAction.Corrected => "Corrected the picture",
        PictureAction.ConsentChanged => "Changed whether it counts in totals",
        PictureAction.PractitionerAdded => "Shared it with a practitioner",
        PictureAction.PractitionerRemoved => "Removed a practitioner",
        PictureAction.ClaimLinkIssued => "Made a link for the person",
        PictureAction.Claimed => "Claimed it with their account",
        PictureAction.Downloaded => "Downloaded it",
        PictureAction.PlanOpened => "Opened the support plan",
        PictureAction.PlanChanged => "Changed the support plan",
        PictureAction.PlanAgreed => "Recorded that the person agreed the support plan",
        PictureAction.Erased => "Erased everything in it and its support plan: nobody had changed it for as long as the place keeps pictures",
        PictureAction.PlanReadVersion => "Read an earlier agreed version of the support plan",
        PictureAction.PlanDownloaded => "Downloaded the support plan",
        _ => "Withdrew consent; everything in it was erased",
    };
}
