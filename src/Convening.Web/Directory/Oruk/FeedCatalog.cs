using Convening.Contracts.OrganisationDirectory;
using Convening.Web.OrganisationDirectory.Hsds;

namespace Convening.Web.OrganisationDirectory.Oruk;

/// <summary>
/// Every published organisation, service and service-at-location of the feed, in the directory's
/// name order, with the taxonomy terms and date each organisation's filters need: what the paged
/// Open Referral endpoints count, filter and page through. Built from the index once per version of
/// the directory feed and held as ids (a few tens of megabytes at 100,000 organisations), so a page
/// costs one index lookup per organisation on it.
/// </summary>
public sealed class FeedCatalog(DirectorySearch directory, IGrainFactory grains)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Snapshot _current = new(-1, [], [], [], new Dictionary<Guid, int>(), new Dictionary<Guid, int>(), new Dictionary<Guid, int>());

    /// <summary>An organisation: its id, when it was last assured (its HSDS last_modified) and the ids of its taxonomy terms.</summary>
    public sealed record Organisation(Guid Id, DateTimeOffset Modified, Guid[] Terms);

    public readonly record struct Service(Guid Id, int Organisation);

    /// <summary>A service at a location, with the location's postcode (upper case, no spaces; empty if virtual) for the postcode filter.</summary>
    public readonly record struct Link(Guid Id, Guid Service, Guid Location, int Organisation, string Postcode);

    public sealed record Snapshot(
        long Version,
        IReadOnlyList<Organisation> Organisations,
        IReadOnlyList<Service> Services,
        IReadOnlyList<Link> Links,
        IReadOnlyDictionary<Guid, int> OrganisationIndex,
        IReadOnlyDictionary<Guid, int> ServiceIndex,
        IReadOnlyDictionary<Guid, int> LinkIndex);

    public async Task<Snapshot> Current(CancellationToken cancellationToken)
    {
        var version = await grains.GetGrain<IDirectoryFeedGrain>(IDirectoryFeedGrain.Key).Version();
        if (_current.Version == version)
            return _current;
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current.Version == version)
                return _current;
            var organisations = new List<Organisation>();
            var services = new List<Service>();
            var links = new List<Link>();
            var organisationIndex = new Dictionary<Guid, int>();
            var serviceIndex = new Dictionary<Guid, int>();
            var linkIndex = new Dictionary<Guid, int>();
            await foreach (var document in directory.Export(new DirectoryQuery(), cancellationToken))
            {
                var id = Guid.Parse(document.Id);
                var at = organisations.Count;
                organisationIndex[id] = at;
                organisations.Add(new Organisation(id, document.AssuredAt, [.. FeedTaxonomies.TermsOf(document.Content).Select(Guid.Parse)]));
                foreach (var service in document.Content.Services)
                {
                    // Service ids are unique across entries (the organisation grain sees to it); the first one wins if not.
                    if (!Guid.TryParse(service.Id, out var serviceId) || !serviceIndex.TryAdd(serviceId, services.Count))
                        continue;
                    services.Add(new Service(serviceId, at));
                    foreach (var location in service.Locations)
                    {
                        var linkId = Guid.Parse(HsdsWriter.LinkId(document.Id, service.Id, location.Id));
                        if (Guid.TryParse(location.Id, out var locationId) && linkIndex.TryAdd(linkId, links.Count))
                            links.Add(new Link(linkId, serviceId, locationId, at, Postcode(location.Postcode)));
                    }
                }
            }
            return _current = new Snapshot(version, organisations, services, links, organisationIndex, serviceIndex, linkIndex);
        }
        finally
        {
            _building.Release();
        }
    }

    public static string Postcode(string postcode) => string.Concat(postcode.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
}
