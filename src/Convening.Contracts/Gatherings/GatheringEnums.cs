namespace Convening.Contracts.Gatherings;

/// <summary>Where people meet.</summary>
public enum GatheringFormat
{
    InPerson = 0,
    Online = 1,
    Hybrid = 2,
}

/// <summary>A draft has no time yet; planned gatherings are in calendars; cancelled ones stay there marked cancelled.</summary>
public enum GatheringStatus
{
    Draft = 0,
    Planned = 1,
    Cancelled = 2,
}

public enum ResponseAnswer
{
    Yes = 0,
    No = 1,
    Maybe = 2,
}

/// <summary>
/// How a conversation went, in the three levels convenors use: transactional (exchanging
/// information), positional (each defending their agency's view), transformational (thinking
/// afresh together, trust and mutual benefit).
/// </summary>
public enum ConversationLevel
{
    Transactional = 0,
    Positional = 1,
    Transformational = 2,
}

/// <summary>Why someone cannot make a suggested time, in the order the scheduler checks.</summary>
public enum CannotComeReason
{
    Away = 0,
    OutsideTheirHours = 1,
    OutsideAgencyHours = 2,
    HoursNotGiven = 3,
    AtAnotherGathering = 4,
}
