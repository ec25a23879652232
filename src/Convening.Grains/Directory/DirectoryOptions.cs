namespace Convening.Grains.OrganisationDirectory;

/// <summary>Convening:Directory: the emails of the first directory moderators.</summary>
public sealed class DirectoryOptions
{
    public List<string> Moderators { get; set; } = [];
}
