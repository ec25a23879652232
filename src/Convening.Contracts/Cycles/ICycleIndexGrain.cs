namespace Convening.Contracts.Cycles;

/// <summary>
/// The cycles of one group, or of every group in one place, newest first. Keyed by
/// <see cref="ForGroup"/> or <see cref="ForPlace"/>; updated only by cycle grains.
/// </summary>
public interface ICycleIndexGrain : IGrainWithStringKey
{
    static string ForGroup(string groupId) => "group-" + groupId;

    static string ForPlace(string placeSlug) => "place-" + placeSlug;

    Task Upsert(CycleSummary cycle);

    /// <summary>Cycles newest first after the cursor; <paramref name="first"/> is 1 to 100.</summary>
    Task<Page<CycleSummary>> List(int first, string? after);
}
