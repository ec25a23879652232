using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;
using Convening.Web.OrganisationDirectory.Import;
using Convening.Web.OrganisationDirectory.Oruk;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Convening.Web.Pages.OrganisationDirectory.Import;

/// <summary>
/// A moderator uploads an HSDS file; it is read and checked here, and its valid records are
/// imported in the background while the job's page shows progress.
/// </summary>
/// <remarks>
/// The antiforgery token is checked by the handler itself, after the size check: the automatic
/// check reads the whole form first, so a 50 MB upload would end in a bare "bad request" instead
/// of a message saying the file is too large. The form is never read past 20 MB; the rest of a
/// larger upload (up to <see cref="DrainBytes"/>) is read and thrown away, never held, so that the
/// browser, still sending, gets the page with the message rather than a broken connection.
/// </remarks>
[Authorize]
[IgnoreAntiforgeryToken]
[RequestSizeLimit(DrainBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class ImportModel(IAntiforgery antiforgery, HsdsSchemas schemas, DirectoryImports imports, FeedCatalog catalog, ILogger<ImportModel> log) : ConveningPageModel
{
    public const string FileField = "hsds-file";
    public const string PlaceField = "default-place";

    /// <summary>The file and the form around it (the token, the boundaries).</summary>
    private const long MaxRequestBytes = DirectoryImportLimits.FileBytes + 64 * 1024;

    private const long DrainBytes = 5 * DirectoryImportLimits.FileBytes;

    protected override IReadOnlyCollection<string> Fields => [FileField, PlaceField];

    /// <summary>The places a record that names none may be given.</summary>
    public IReadOnlyList<Choice> Places { get; private set; } = [];

    public string? DefaultPlace { get; private set; }

    protected override IReadOnlyDictionary<string, string> FieldAliases { get; } = new Dictionary<string, string> { ["file"] = FileField };

    public static string MaxSize => $"{DirectoryImportLimits.FileBytes / 1024 / 1024} MB";

    public Task<IActionResult> OnGet() => Load(Prepare);

    public async Task<IActionResult> OnPost()
    {
        var ready = await Load(Prepare);
        if (ready is not PageResult)
            return ready;
        if (Request.ContentLength > MaxRequestBytes)
            return await TooLarge();
        try
        {
            await antiforgery.ValidateRequestAsync(HttpContext);
        }
        catch (AntiforgeryValidationException e) when (e.InnerException is BadHttpRequestException { StatusCode: 413 } or InvalidDataException)
        {
            return await TooLarge();
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
        return await Attempt(Upload, Prepare);
    }

    private async Task<IActionResult> Upload()
    {
        var file = Request.Form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
            throw new ConveningException("file.empty", "Select an HSDS file to import.");
        if (file.Length > DirectoryImportLimits.FileBytes)
            return await TooLarge();
        if (schemas.Root is null)
            log.LogWarning("The HSDS schema folder was not found; checking the import with Convening's own rules only");

        var places = await PlaceNames.Load(Grains, HttpContext.RequestAborted);
        DefaultPlace = Request.Form[PlaceField].ToString() is { Length: > 0 } chosen ? chosen : null;
        if (DefaultPlace is not null && !places.ContainsKey(DefaultPlace))
            throw new ConveningException("default-place.not-found", "Choose one of the places in the list.");
        await using var stream = file.OpenReadStream();
        var plan = ImportCollisions.Check(
            await ImportReader.Read(stream, schemas, places.Keys.ToHashSet(), DefaultPlace, HttpContext.RequestAborted),
            await catalog.Current(HttpContext.RequestAborted));
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
        return RedirectToPage("/Directory/Import/Show", new { id = jobId });
    }

    private async Task<IActionResult> TooLarge()
    {
        try
        {
            await Request.Body.CopyToAsync(Stream.Null, HttpContext.RequestAborted);
        }
        catch (IOException)
        {
            // Past DrainBytes Kestrel stops reading (BadHttpRequestException is an IOException) and closes the connection after this page.
        }
        ModelState.AddModelError(FileField, $"The file must be {MaxSize} or smaller. Split it into smaller files and import each.");
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return Page();
    }

    private async Task Prepare()
    {
        if (!await Grains.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).IsModerator(CallerId))
            throw ConveningException.Forbidden("directory.not-a-moderator", "Only directory moderators can import organisations.");
        var places = await PlaceNames.Load(Grains, HttpContext.RequestAborted);
        Places = [new Choice("", "No place: reject such records"), .. places.OrderBy(p => p.Value, StringComparer.OrdinalIgnoreCase).Select(p => new Choice(p.Key, p.Value))];
    }
}
