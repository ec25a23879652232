using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.OrganisationDirectory.Import;

/// <summary>An import job's valid records, waiting for <see cref="DirectoryImports"/> to import them as the moderator who started it.</summary>
public sealed record ImportWork(string JobId, string CallerId, IReadOnlyList<(int Index, HsdsRecord Record)> Records);
