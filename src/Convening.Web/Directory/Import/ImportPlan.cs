using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.OrganisationDirectory.Import;

/// <summary>A file read and checked: the records that may be imported (with their place in the file) and those rejected.</summary>
public sealed record ImportPlan(int Total, IReadOnlyList<(int Index, HsdsRecord Record)> Valid, IReadOnlyList<ImportRejection> Rejected);
