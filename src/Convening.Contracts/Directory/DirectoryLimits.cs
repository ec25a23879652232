namespace Convening.Contracts.OrganisationDirectory;

/// <summary>Sizes an entry may reach; the grain enforces them and forms say the same.</summary>
public static class DirectoryLimits
{
    public const int DescriptionLength = 10_000;
    public const int UrlLength = 500;
    public const int PhoneLength = 40;
    public const int PlacesPerEntry = 50;
    public const int ServicesPerEntry = 30;
    public const int LocationsPerService = 20;
    public const int ApproachTextLength = 4_000;
    public const int CommentLength = 4_000;
    public const int CommentsKept = 100;
    public const int EndorsementsPerApproach = 500;
    public const int PostcodeLength = 10;
    public const int ModerationQueueSize = 10_000;
}
