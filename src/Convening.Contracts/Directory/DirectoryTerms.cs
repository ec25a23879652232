namespace Convening.Contracts.OrganisationDirectory;

public enum OrganisationKind
{
    Charity = 0,
    CouncilTeam = 1,
    NhsService = 2,
    CommunityGroup = 3,
    SocialEnterprise = 4,
    Other = 5,
}

/// <summary>Where a service is delivered: a building people come to, or online / by phone.</summary>
public enum LocationKind
{
    Physical = 0,
    Virtual = 1,
}

/// <summary>How far an organisation's practice matches a statement of strengths-based work.</summary>
public enum SelfAssessmentAnswer
{
    NotYet = 0,
    Sometimes = 1,
    Mostly = 2,
    Always = 3,
}

/// <summary>Where an entry is in moderation.</summary>
public enum EntryStatus
{
    /// <summary>Sent for review, never yet published.</summary>
    Submitted = 0,

    /// <summary>A moderator sent it back with comments; the submitter changes and resubmits it.</summary>
    Returned = 1,

    /// <summary>In the public directory (a newer version may be waiting for review).</summary>
    Published = 2,

    /// <summary>Taken out of the directory by its submitter or a moderator.</summary>
    Withdrawn = 3,

    /// <summary>Saved by its submitter and not yet sent: nobody else sees it, moderators included.</summary>
    Draft = 4,
}

public enum ReviewDecision
{
    Publish = 0,
    Return = 1,
}
