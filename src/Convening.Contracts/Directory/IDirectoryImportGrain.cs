namespace Convening.Contracts.OrganisationDirectory;

/// <summary>
/// One bulk import of an Open Referral HSDS file into the directory, keyed by a new id: how many
/// of the file's records are done, and which were rejected and why. A moderator starts it; the
/// web host that read the file imports the records and reports progress here in batches.
/// </summary>
public interface IDirectoryImportGrain : IGrainWithStringKey
{
    /// <summary>Opens the job with the records already rejected while reading the file; moderators only, once.</summary>
    Task<ImportJobView> Start(ImportJobStart start, string? callerId);

    /// <summary>Adds a batch of results; only the person who started the job (through the host running it).</summary>
    Task<ImportJobView> Report(ImportJobProgress progress, string? callerId);

    /// <summary>Marks the job finished, or failed with a reason that people can read.</summary>
    Task<ImportJobView> Finish(string? failure, string? callerId);

    /// <summary>The job's progress and report; moderators only.</summary>
    Task<ImportJobView> Get(string? callerId);
}

public enum ImportJobStatus
{
    Running = 0,
    Finished = 1,
    Failed = 2,

    /// <summary>Still marked running, but the host running it has not reported for a while (it stopped).</summary>
    Interrupted = 3,
}

/// <summary>Sizes an import may reach.</summary>
public static class DirectoryImportLimits
{
    /// <summary>The largest file accepted (20 MB).</summary>
    public const long FileBytes = 20L * 1024 * 1024;

    public const int RecordsPerFile = 50_000;

    /// <summary>Rejected records kept for the report (all are counted).</summary>
    public const int RejectionsKept = 200;

    public const int ReasonsPerRecord = 10;

    public const int ReasonLength = 300;

    public const int FileNameLength = 200;

    /// <summary>A running job that has not reported for this long has stopped.</summary>
    public static readonly TimeSpan Silence = TimeSpan.FromMinutes(2);
}

/// <summary>Why a record was not imported: a stable code and a message for people.</summary>
[GenerateSerializer, Immutable, Alias("convening.import-reason")]
public sealed record ImportReason(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message);

/// <summary>A record of the file that was not imported: its position (from 0), id and name as the file gave them.</summary>
[GenerateSerializer, Immutable, Alias("convening.import-rejection")]
public sealed record ImportRejection(
    [property: Id(0)] int Index,
    [property: Id(1)] string Id,
    [property: Id(2)] string Name,
    [property: Id(3)] IReadOnlyList<ImportReason> Reasons);

[GenerateSerializer, Immutable, Alias("convening.import-job-start")]
public sealed record ImportJobStart(
    [property: Id(0)] string FileName,
    [property: Id(1)] int Total,
    [property: Id(2)] int RejectedCount,
    [property: Id(3)] IReadOnlyList<ImportRejection> Rejections);

/// <summary>Results since the last report.</summary>
[GenerateSerializer, Immutable, Alias("convening.import-job-progress")]
public sealed record ImportJobProgress(
    [property: Id(0)] int Imported,
    [property: Id(1)] int Unchanged,
    [property: Id(2)] IReadOnlyList<ImportRejection> Rejections);

[GenerateSerializer, Immutable, Alias("convening.import-job-view")]
public sealed record ImportJobView(
    [property: Id(0)] string Id,
    [property: Id(1)] ImportJobStatus Status,
    [property: Id(2)] string FileName,
    [property: Id(3)] string StartedBy,
    [property: Id(4)] DateTimeOffset StartedAt,
    [property: Id(5)] DateTimeOffset? FinishedAt,
    [property: Id(6)] int Total,
    [property: Id(7)] int Imported,
    [property: Id(8)] int Unchanged,
    [property: Id(9)] int Rejected,
    [property: Id(10)] IReadOnlyList<ImportRejection> Rejections,
    [property: Id(11)] string? Failure)
{
    /// <summary>Records dealt with so far, imported or not.</summary>
    public int Done => Imported + Unchanged + Rejected;
}
