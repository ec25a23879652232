using Convening.Contracts;
using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Contracts.Places;
using Convening.Contracts.Reflections;

namespace Convening.Grains.Reflections;

/// <summary>Who belongs to a reflection's audience: the one place these rules are written.</summary>
public static class ReflectionAccess
{
    public static async Task<bool> CanSee(IGrainFactory grains, ReflectionState entry, string? callerId)
    {
        if (string.IsNullOrEmpty(callerId))
            return false;
        if (entry.AuthorId == callerId)
            return true;
        return entry.Visibility switch
        {
            ReflectionVisibility.Group => await InGroup(grains, entry.GroupId!, callerId),
            ReflectionVisibility.Place => await InPlace(grains, entry.PlaceSlug!, callerId),
            _ => false,
        };
    }

    /// <summary>Whether the person may read what is shared with <paramref name="audience"/> ("group/…" or "place/…").</summary>
    public static Task<bool> InAudience(IGrainFactory grains, string audience, string? callerId)
    {
        if (string.IsNullOrEmpty(callerId))
            return Task.FromResult(false);
        var (kind, key) = Split(audience);
        return kind == "group" ? InGroup(grains, key, callerId) : InPlace(grains, key, callerId);
    }

    public static async Task<bool> InGroup(IGrainFactory grains, string groupId, string personId) =>
        await grains.GetGrain<IGroupGrain>(groupId).RoleOf(personId) is not null;

    /// <summary>A place's audience: its stewards and the members of the groups it approved (<see cref="AccessPolicy.HasStanding"/>).</summary>
    public static async Task<bool> InPlace(IGrainFactory grains, string slug, string personId)
    {
        var place = grains.GetGrain<IPlaceGrain>(slug);
        if (!await place.Exists())
            return false;
        var person = await grains.GetGrain<IPersonGrain>(personId).Get(personId);
        return AccessPolicy.HasStanding(await place.Get(), person.Memberships, personId);
    }

    public static (string Kind, string Key) Split(string audience)
    {
        var slash = audience.IndexOf('/', StringComparison.Ordinal);
        var kind = slash < 0 ? "" : audience[..slash];
        if (kind is not ("group" or "place"))
            throw new ConveningException("reflection.bad-audience", "An audience is a group or a place.");
        return (kind, audience[(slash + 1)..]);
    }

    /// <summary>The indexes an entry appears in: none while private.</summary>
    public static IReadOnlyList<string> Audiences(ReflectionVisibility visibility, string? groupId, string? placeSlug) => visibility switch
    {
        ReflectionVisibility.Group => [ReflectionAudience.Group(groupId!), ReflectionAudience.Place(placeSlug!)],
        ReflectionVisibility.Place => [ReflectionAudience.Place(placeSlug!)],
        _ => [],
    };
}
