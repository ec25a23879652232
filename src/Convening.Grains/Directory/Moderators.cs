using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;

namespace Convening.Grains.OrganisationDirectory;

/// <summary>The one check that the caller is a directory moderator, for every grain that needs it.</summary>
internal static class Moderators
{
    public static Task<bool> IsModerator(this IGrainFactory grains, string? personId) =>
        grains.GetGrain<IDirectoryModeratorsGrain>(IDirectoryModeratorsGrain.Key).IsModerator(personId);

    /// <summary>The signed-in caller's id, or directory.not-a-moderator saying what only moderators may do.</summary>
    public static async Task<string> RequireModerator(this IGrainFactory grains, string? callerId, string refusal)
    {
        var caller = Caller.Required(callerId);
        if (!await grains.IsModerator(caller))
            throw ConveningException.Forbidden("directory.not-a-moderator", refusal);
        return caller;
    }
}
