using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;

namespace Convening.Web.Reflections;

/// <summary>
/// The name of the group or place an entry is shared with, so a reader (and its author) can see
/// exactly who can read it: for pages and GraphQL alike. Null for a private entry.
/// </summary>
public static class SharedWith
{
    public static async Task<string?> Name(IGrainFactory grains, ReflectionView entry)
    {
        try
        {
            return entry.Visibility switch
            {
                ReflectionVisibility.Group => (await grains.GetGrain<IGroupGrain>(entry.GroupId ?? "").GetSummary()).Name,
                ReflectionVisibility.Place => (await grains.GetGrain<IPlaceGrain>(entry.PlaceSlug ?? "").Get()).Name,
                _ => null,
            };
        }
        catch (ConveningException e) when (e.Kind == ErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>"Only you", "The group Right to Control Trailblazer", "The place Essex".</summary>
    public static string Describe(ReflectionView entry, string? name) => entry.Visibility switch
    {
        ReflectionVisibility.Group => $"Members of the group {name ?? "(no longer there)"}",
        ReflectionVisibility.Place => $"People with standing in {name ?? "(no longer there)"}: its stewards and the members of its approved groups",
        _ => "Only you",
    };
}
