namespace Convening.Contracts.LifePictures;

/// <summary>
/// The life pictures a person may open, as the person they are about or as a named practitioner.
/// Keyed by person id; written only by picture grains; holds ids, never content.
/// </summary>
public interface ILifePictureShelfGrain : IGrainWithStringKey
{
    Task Put(ShelfEntry entry);

    Task Take(string pictureId);

    /// <summary>The ids of the shelf's pictures in one place (nothing else), for the retention job's enrolment (decision 0057).</summary>
    Task<IReadOnlyList<string>> PictureIds(string placeSlug);

    /// <summary>The person's own shelf, newest first; no one else may read it.</summary>
    Task<IReadOnlyList<ShelfEntry>> List(string? callerId);
}

[GenerateSerializer, Immutable, Alias("convening.shelf-entry")]
public sealed record ShelfEntry(
    [property: Id(0)] string PictureId,
    [property: Id(1)] string PlaceSlug,
    [property: Id(2)] bool AsThePerson,
    [property: Id(3)] DateTimeOffset Since);
