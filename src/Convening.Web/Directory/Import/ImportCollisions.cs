using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Oruk;

namespace Convening.Web.OrganisationDirectory.Import;

/// <summary>
/// Service and location ids are the feed's ids too, so a record may not take one that another
/// published organisation already has (the organisation's own record keeps them), or that another
/// record of the same file has: such records are rejected with a reason naming the id, and nothing
/// of the other organisation is overwritten.
/// </summary>
public static class ImportCollisions
{
    public static ImportPlan Check(ImportPlan plan, FeedCatalog.Snapshot published)
    {
        var owners = new Dictionary<Guid, Guid>();
        foreach (var service in published.Services)
            owners.TryAdd(service.Id, published.Organisations[service.Organisation].Id);
        foreach (var link in published.Links)
            owners.TryAdd(link.Location, published.Organisations[link.Organisation].Id);
        var inFile = plan.Valid
            .SelectMany(v => Ids(v.Record.Content).Where(id => !owners.ContainsKey(id)).Select(id => (Id: id, Record: v.Record.Id)))
            .GroupBy(x => x.Id).Where(g => g.Select(x => x.Record).Distinct().Count() > 1).Select(g => g.Key).ToHashSet();
        var valid = new List<(int Index, Hsds.HsdsRecord Record)>();
        var rejected = plan.Rejected.ToList();
        foreach (var (index, record) in plan.Valid)
        {
            var self = Guid.TryParse(record.Id, out var g) ? g : Guid.Empty;
            var reasons = Ids(record.Content)
                .Select(id => owners.TryGetValue(id, out var owner) && owner != self
                    ? new ImportReason("id.taken", $"The service or location id {id:D} belongs to another organisation in the directory: give it an id of its own.")
                    : inFile.Contains(id)
                        ? new ImportReason("id.shared", $"The service or location id {id:D} is used by more than one organisation in this file: give each its own id.")
                        : null)
                .OfType<ImportReason>().DistinctBy(r => r.Message).ToList();
            if (reasons.Count == 0)
                valid.Add((index, record));
            else
                rejected.Add(new ImportRejection(index, record.Id ?? record.RawId, record.Content.Name, reasons));
        }
        return new ImportPlan(plan.Total, valid, [.. rejected.OrderBy(r => r.Index)]);
    }

    private static IEnumerable<Guid> Ids(EntryContent content) =>
        content.Services.Select(s => s.Id).Concat(content.Services.SelectMany(s => s.Locations).Select(l => l.Id)).Distinct()
            .Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty);
}
