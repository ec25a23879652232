using Convening.Contracts.Directory;
using Convening.Web.Directory.Hsds;

namespace Convening.Web.Directory.Import;

/// <summary>A file read and checked: the records that may be imported (with their place in the file) and those rejected.</summary>
public sealed record ImportPlan(int Total, IReadOnlyList<(int Index, HsdsRecord Record)> Valid, IReadOnlyList<ImportRejection> Rejected);
