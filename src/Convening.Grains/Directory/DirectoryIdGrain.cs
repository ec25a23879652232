using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory;

[GenerateSerializer, Alias("convening.directory-id-state")]
public sealed class DirectoryIdState
{
    [Id(0)] public string? EntryId { get; set; }
}

public sealed class DirectoryIdGrain(
    [PersistentState("directory-id", StorageNames.Main)] IPersistentState<DirectoryIdState> state)
    : Grain, IDirectoryIdGrain
{
    public async Task Claim(string entryId)
    {
        if (state.State.EntryId == entryId)
            return;
        if (state.State.EntryId is not null)
            throw ConveningException.Conflict("directory.id-taken", "Another directory entry already uses this id. Give the service or location a new id.");
        state.State.EntryId = entryId;
        await state.Write(this);
    }
}

/// <summary>Claims every service and location id of an entry before it is stored, naming the field of any taken.</summary>
internal static class DirectoryIds
{
    public static async Task Claim(IGrainFactory grains, string entryId, EntryContent entry)
    {
        for (var i = 0; i < entry.Services.Count; i++)
        {
            var service = entry.Services[i];
            await Claim(grains, IDirectoryIdGrain.Service(service.Id), entryId, $"services[{i}].id");
            for (var j = 0; j < service.Locations.Count; j++)
                await Claim(grains, IDirectoryIdGrain.Location(service.Locations[j].Id), entryId, $"services[{i}].locations[{j}].id");
        }
    }

    private static async Task Claim(IGrainFactory grains, string key, string entryId, string field)
    {
        try
        {
            await grains.GetGrain<IDirectoryIdGrain>(key).Claim(entryId);
        }
        catch (ConveningException e) when (e.Field is null)
        {
            throw new ConveningException(e.Code, e.Message, e.Kind) { Field = field };
        }
    }
}
