namespace Convening.Contracts;

/// <summary>Sizes the grains enforce, shared so that forms can say the same thing.</summary>
public static class Limits
{
    public const int NameLength = 120;
    public const int PurposeLength = 2_000;
    public const int ShortText = 200;
    public const int NoteLength = 1_000;
    public const int SlugLength = 60;
    public const int GlossaryTerms = 500;
    public const int AgencyTermsPerEntry = 20;
    public const int GroupMembers = 10_000;
    public const int PendingInvitations = 1_000;
    public const int StewardsPerPlace = 50;
    public const int CommissionersPerPlace = 50;
    public const int FundingStreamsPerPlace = 30;
    public const int UnitCostsPerStream = 50;
    /// <summary>The most a unit of support may cost, in pence (£100,000): anything more is a typing slip.</summary>
    public const long MaxUnitCostPence = 10_000_000;
    public const int PictureAreaText = 4_000;
    public const int PictureWords = 10_000;
    public const int PicturePractitioners = 20;
    public const int PictureVersions = 100;
    public const int PictureAuditEntries = 2_000;
    public const int PicturesPerShelf = 5_000;
    public const int PicturesPerPlace = 100_000;
    /// <summary>The most one funding stream may put into one person's plan, in pence (£1,000,000): anything more is a typing slip.</summary>
    public const long MaxPlanStreamPence = 100_000_000;
    /// <summary>The most units of one service a plan may buy (a journey a day for years is fewer).</summary>
    public const int MaxPlanQuantity = 10_000;
    public const int PlanServices = 50;
    public const int PendingGroupRequests = 500;
    public const int StewardCandidatesShown = 500;
    public const int AvailabilityWindows = 28;
    public const int PasswordMinLength = 12;
    public const int PasswordMaxLength = 256;
    public const int EmailLength = 254;
    public const int ReflectionLength = 100_000;
    public const int ReflectionHistory = 50;
    public const int ThemesPerEntry = 10;
    public const int ThemeLength = 40;
    public const int JournalEntries = 5_000;
    public const int ExcerptLength = 280;
    public const int StatementLength = 280;
    public const int PracticeLength = 10_000;
    public const int StoryLength = 10_000;
    public const int EvidencePerPrinciple = 20;
    public const int StoriesPerPrinciple = 500;
    public const int LineageSize = 1_000;

    /// <summary>Aggregates drawn from fewer distinct authors than this are not shown, so no count singles a person out.</summary>
    public const int SmallCountThreshold = 5;
}
