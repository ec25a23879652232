using System.Globalization;
using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Convening.Web.Pages.OrganisationDirectory.Import;

/// <summary>An import's progress ("n of N entries") and its report of rejected records; moderators only.</summary>
[Authorize]
public sealed class ImportJobModel : ConveningPageModel
{
    [FromRoute] public string Id { get; set; } = "";

    public ImportJobView Job { get; private set; } = null!;

    public bool Running => Job.Status == ImportJobStatus.Running;

    public string Started => Job.StartedAt.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture) + (Job.StartedBy == CallerId ? " by you" : " by another moderator");

    public Task<IActionResult> OnGet() => Load(async () => Job = await Get());

    /// <summary>The counts alone, for import-progress.mjs to update the page with while the import runs.</summary>
    public async Task<IActionResult> OnGetProgress()
    {
        try
        {
            var job = await Get();
            return new JsonResult(new
            {
                status = Status(job.Status).ToLowerInvariant(),
                statusText = Status(job.Status),
                job.Total,
                job.Done,
                job.Imported,
                job.Unchanged,
                job.Rejected,
                progress = ProgressText(job),
            });
        }
        catch (ConveningException e)
        {
            return StatusCode(Hosting.ErrorStatus.For(e.Kind), new { code = e.Code, message = e.Message });
        }
    }

    public static string Status(ImportJobStatus status) => status switch
    {
        ImportJobStatus.Running => "Running",
        ImportJobStatus.Finished => "Finished",
        ImportJobStatus.Failed => "Failed",
        _ => "Stopped",
    };

    public static string ProgressText(ImportJobView job) =>
        $"{job.Done:N0} of {job.Total:N0} {(job.Total == 1 ? "entry" : "entries")} done";

    private Task<ImportJobView> Get() =>
        Guid.TryParseExact(Id, "N", out _)
            ? Grains.GetGrain<IDirectoryImportGrain>(Id).Get(CallerId)
            : throw ConveningException.NotFound("import.not-found", "There is no such import.");
}
