using System.Text.Json;
using Convening.Contracts.LifePictures;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.LifePictures;

/// <summary>A life picture for the person and their named practitioners: opening it is in its audit trail.</summary>
public sealed class ShowModel : ConveningPageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    [FromRoute] public string Id { get; set; } = "";

    public PictureView Picture { get; private set; } = null!;
    public IReadOnlyList<AuditEntry> Trail { get; private set; } = [];

    public Task<IActionResult> OnGet() => Load(async () =>
    {
        Picture = await Grain.Get(CallerId);
        Trail = await Grain.AuditTrail(CallerId);
    });

    /// <summary>The person's own copy of everything held (every version and the audit trail), as JSON.</summary>
    public async Task<IActionResult> OnGetDownload()
    {
        PictureExport? export = null;
        var page = await Load(async () => export = await Grain.Download(CallerId));
        return export is null ? page : File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", $"life-picture-{Id}.json");
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
        _ => "Withdrew consent; everything in it was erased",
    };
}
