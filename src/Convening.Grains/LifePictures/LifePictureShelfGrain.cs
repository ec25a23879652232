using Convening.Contracts;
using Convening.Contracts.LifePictures;

namespace Convening.Grains.LifePictures;

[GenerateSerializer, Alias("convening.life-picture-shelf-state")]
public sealed class LifePictureShelfState
{
    [Id(0)] public List<ShelfEntry> Entries { get; set; } = [];
}

public sealed class LifePictureShelfGrain(
    [PersistentState("life-picture-shelf", StorageNames.Main)] IPersistentState<LifePictureShelfState> state)
    : Grain, ILifePictureShelfGrain
{
    public async Task Put(ShelfEntry entry)
    {
        var entries = state.State.Entries;
        if (entries.Exists(e => e.PictureId == entry.PictureId && e.AsThePerson == entry.AsThePerson))
            return;
        if (entries.Count >= Limits.PicturesPerShelf)
            throw new ConveningException("picture.shelf-full", $"A person can hold at most {Limits.PicturesPerShelf} pictures.");
        entries.Add(entry);
        await state.Write(this);
    }

    public async Task Take(string pictureId)
    {
        if (state.State.Entries.RemoveAll(e => e.PictureId == pictureId) > 0)
            await state.Write(this);
    }

    public Task<IReadOnlyList<string>> PictureIds(string placeSlug) =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Entries.Where(e => e.PlaceSlug == placeSlug).Select(e => e.PictureId).Distinct()]);

    public Task<IReadOnlyList<ShelfEntry>> List(string? callerId)
    {
        if (Caller.Required(callerId) != this.GetPrimaryKeyString())
            throw ConveningException.Forbidden(AccessPolicy.PictureNotShared, "You can only list your own life pictures.");
        return Task.FromResult<IReadOnlyList<ShelfEntry>>([.. Enumerable.Reverse(state.State.Entries)]);
    }
}
