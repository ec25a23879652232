using Convening.Contracts.Directory;

namespace Convening.Web.Directory.Hsds;

/// <summary>
/// Every published service, in the directory's name order, with the organisation that offers it:
/// what the paged REST endpoint counts and pages through. Built from the index once per version of
/// the directory feed (so a page costs a few lookups, not a pass over the directory), and held as
/// pairs of Guids: a few megabytes for 100,000 organisations.
/// </summary>
public sealed class ServiceCatalog(DirectorySearch directory, IGrainFactory grains)
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Snapshot _current = new(-1, [], new Dictionary<Guid, Guid>());

    public sealed record Snapshot(long Version, IReadOnlyList<(Guid Service, Guid Organisation)> Services, IReadOnlyDictionary<Guid, Guid> OrganisationOf);

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
            var services = new List<(Guid, Guid)>();
            var organisationOf = new Dictionary<Guid, Guid>();
            await foreach (var document in directory.Export(new DirectoryQuery(), cancellationToken))
            {
                var organisation = Guid.Parse(document.Id);
                foreach (var service in document.Content.Services)
                    if (Guid.TryParse(service.Id, out var id) && organisationOf.TryAdd(id, organisation))
                        services.Add((id, organisation));
            }
            return _current = new Snapshot(version, services, organisationOf);
        }
        finally
        {
            _building.Release();
        }
    }
}
