using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory.Import;

[GenerateSerializer, Alias("convening.import-job-state")]
public sealed class ImportJobState
{
    [Id(0)] public bool Exists { get; set; }
    [Id(1)] public string FileName { get; set; } = "";
    [Id(2)] public string StartedBy { get; set; } = "";
    [Id(3)] public DateTimeOffset StartedAt { get; set; }
    [Id(4)] public DateTimeOffset UpdatedAt { get; set; }
    [Id(5)] public DateTimeOffset? FinishedAt { get; set; }
    [Id(6)] public int Total { get; set; }
    [Id(7)] public int Imported { get; set; }
    [Id(8)] public int Unchanged { get; set; }
    [Id(9)] public int Rejected { get; set; }
    [Id(10)] public List<ImportRejection> Rejections { get; set; } = [];
    [Id(11)] public string? Failure { get; set; }
}
