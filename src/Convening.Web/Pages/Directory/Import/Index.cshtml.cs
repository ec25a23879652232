using Convening.Contracts;
using Convening.Contracts.Directory;
using Convening.Web.Directory.Hsds;
using Convening.Web.Directory.Import;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Convening.Web.Pages.Directory.Import;

/// <summary>
/// A moderator uploads an HSDS file; it is read and checked here, and its valid records are
/// imported in the background while the job's page shows progress.
/// </summary>
/// <remarks>
/// The antiforgery token is checked by the handler itself, after the size check: the automatic
/// check reads the whole form first, so a 50 MB upload would end in a bare "bad request" instead
/// of a message saying the file is too large.
/// </remarks>
[Authorize]
[IgnoreAntiforgeryToken]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(IAntiforgery antiforgery, HsdsSchemas schemas, DirectoryImports imports, ILogger<ImportModel> log) : ConveningPageModel
{
    public const string FileField = "hsds-file";

    /// <summary>The file and the form around it (the token, the boundaries).</summary>
    private const long MaxRequestBytes = DirectoryImportLimits.FileBytes + 64 * 1024;

    protected override IReadOnlyCollection<string> Fields => [FileField];

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string> { ["file"] = FileField };

    public static string MaxSize => $"{DirectoryImportLimits.FileBytes / 1024 / 1024} MB";

    public Task<IActionResult> OnGet() => Load(EnsureModerator);

    public async Task<IActionResult> OnPost()
    {
        var ready = await Load(EnsureModerator);
        if (ready is not PageResult)
            return ready;
        if (Request.ContentLength > MaxRequestBytes)
            return TooLarge();
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException e) when (e.InnerException is BadHttpRequestException { StatusCode: 413 } or InvalidDataException)
        {
            return TooLarge();
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
        return await Attempt(Upload);
    }

    private async Task<IActionResult> Upload()
    {
        var file = Request.Form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
            throw new ConveningException("file.empty", "Select an HSDS file to import.");
        if (file.Length > DirectoryImportLimits.FileBytes)
            return TooLarge();
        if (schemas.Root is null)
            log.LogWarning("The HSDS schema folder was not found; checking the import with Convening's own rules only");

        var places = await PlaceNames.Load(Grains, HttpContext.RequestAborted);
        await using var stream = file.OpenReadStream();
        var plan = await ImportReader.Read(stream, schemas, places.Keys.ToHashSet(), HttpContext.RequestAborted);
        var jobId = Guid.NewGuid().ToString("N");
        var fileName = Path.GetFileName(file.FileName);
        await Grains.GetGrain<IDirectoryImportGrain>(jobId).Start(
            new ImportJobStart(fileName.Length > DirectoryImportLimits.FileNameLength ? fileName[..DirectoryImportLimits.FileNameLength] : fileName,
                plan.Total, plan.Rejected.Count, [.. plan.Rejected.Take(DirectoryImportLimits.RejectionsKept)]),
            CallerId);
        if (plan.Valid.Count > 0 && !imports.TryQueue(new ImportWork(jobId, CallerId!, plan.Valid)))
        {
            await Grains.GetGrain<IDirectoryImportGrain>(jobId).Finish("Too many imports are waiting. Upload the file again in a few minutes.", CallerId);
            throw ConveningException.Conflict("file.busy", "Too many imports are waiting. Try again in a few minutes.");
        }
        return Redirect($"/directory/import/{jobId}");
    }

    private IActionResult TooLarge()
    {
        ModelState.AddModelError(FileField, $"The file must be {MaxSize} or smaller. Split it into smaller files and import each.");
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Page();
    }

    private async Task EnsureModerator()
    {
        if (!await Grains.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).IsModerator(CallerId))
            throw ConveningException.Forbidden("directory.not-a-moderator", "Only directory moderators can import organisations.");
    }
}
