using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory.Import;

public sealed class DirectoryImportGrain(
    [PersistentState("directory-import", StorageNames.Main)] IPersistentState<ImportJobState> state,
    GrainClock clock)
    : Grain, IDirectoryImportGrain
{
    private ImportJobState S => state.State;

    public async Task<ImportJobView> Start(ImportJobStart start, string? callerId)
    {
        var caller = Caller.Required(callerId);
        await EnsureModerator(caller);
        if (S.Exists)
            throw ConveningException.Conflict("import.already-started", "This import has already started.");
        if (start.Total < 0 || start.RejectedCount < 0 || start.RejectedCount > start.Total || start.Total > DirectoryImportLimits.RecordsPerFile)
            throw new ConveningException("import.invalid-counts", "The import's counts do not add up.");

        S.Exists = true;
        S.FileName = Check.Optional(start.FileName, "file-name", DirectoryImportLimits.FileNameLength);
        S.StartedBy = caller;
        S.StartedAt = S.UpdatedAt = clock.UtcNow;
        S.Total = start.Total;
        S.Rejected = start.RejectedCount;
        Keep(start.Rejections);
        if (S.Rejected == S.Total)
            S.FinishedAt = clock.UtcNow;
        await state.Write(this);
        return View();
    }

    public async Task<ImportJobView> Report(ImportJobProgress progress, string? callerId)
    {
        EnsureRunning(callerId);
        if (progress.Imported < 0 || progress.Unchanged < 0
            || S.Imported + S.Unchanged + S.Rejected + progress.Imported + progress.Unchanged + progress.Rejections.Count > S.Total)
            throw new ConveningException("import.invalid-counts", "The import's counts do not add up.");
        S.Imported += progress.Imported;
        S.Unchanged += progress.Unchanged;
        S.Rejected += progress.Rejections.Count;
        Keep(progress.Rejections);
        S.UpdatedAt = clock.UtcNow;
        await state.Write(this);
        return View();
    }

    public async Task<ImportJobView> Finish(string? failure, string? callerId)
    {
        EnsureRunning(callerId);
        S.Failure = failure is null ? null : Check.OptionalMultiline(failure, "failure", DirectoryImportLimits.ReasonLength);
        S.FinishedAt = S.UpdatedAt = clock.UtcNow;
        await state.Write(this);
        return View();
    }

    public async Task<ImportJobView> Get(string? callerId)
    {
        await EnsureModerator(Caller.Required(callerId));
        EnsureExists();
        return View();
    }

    /// <summary>The first rejections only, each cut to a size the report can hold.</summary>
    private void Keep(IEnumerable<ImportRejection> rejections)
    {
        foreach (var r in rejections.Take(DirectoryImportLimits.RejectionsKept - S.Rejections.Count))
            S.Rejections.Add(r with
            {
                Id = Cut(r.Id, 100),
                Name = Cut(r.Name, Limits.NameLength),
                Reasons = [.. r.Reasons.Take(DirectoryImportLimits.ReasonsPerRecord)
                    .Select(x => new ImportReason(Cut(x.Code, 100), Cut(x.Message, DirectoryImportLimits.ReasonLength)))],
            });
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private Task EnsureModerator(string caller) =>
        GrainFactory.RequireModerator(caller, "Only directory moderators can import organisations.");

    private void EnsureRunning(string? callerId)
    {
        var caller = Caller.Required(callerId);
        EnsureExists();
        if (caller != S.StartedBy)
            throw ConveningException.Forbidden("import.not-yours", "Only the person who started an import can report its progress.");
        if (S.FinishedAt is not null)
            throw ConveningException.Conflict("import.finished", "This import has already finished.");
    }

    private void EnsureExists()
    {
        if (!S.Exists)
            throw ConveningException.NotFound("import.not-found", "There is no such import.");
    }

    private ImportJobView View()
    {
        var status = S.FinishedAt is null
            ? (clock.UtcNow - S.UpdatedAt > DirectoryImportLimits.Silence ? ImportJobStatus.Interrupted : ImportJobStatus.Running)
            : S.Failure is null ? ImportJobStatus.Finished : ImportJobStatus.Failed;
        return new ImportJobView(this.GetPrimaryKeyString(), status, S.FileName, S.StartedBy, S.StartedAt, S.FinishedAt,
            S.Total, S.Imported, S.Unchanged, S.Rejected, [.. S.Rejections], S.Failure);
    }
}
