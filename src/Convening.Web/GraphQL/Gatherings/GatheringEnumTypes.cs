using Convening.Contracts.Gatherings;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

public sealed class GatheringFormatType : EnumerationGraphType<GatheringFormat>
{
    public GatheringFormatType()
    {
        Name = "GatheringFormat";
        Description = "Where people meet: IN_PERSON at an address, ONLINE with a link, or HYBRID (both).";
    }
}

public sealed class GatheringStatusType : EnumerationGraphType<GatheringStatus>
{
    public GatheringStatusType()
    {
        Name = "GatheringStatus";
        Description = "DRAFT (no time yet), PLANNED (in calendars) or CANCELLED (still in calendars, marked cancelled).";
    }
}

public sealed class ResponseAnswerType : EnumerationGraphType<ResponseAnswer>
{
    public ResponseAnswerType()
    {
        Name = "ResponseAnswer";
        Description = "Whether someone is coming: YES, NO or MAYBE.";
    }
}

public sealed class ConversationLevelType : EnumerationGraphType<ConversationLevel>
{
    public ConversationLevelType()
    {
        Name = "ConversationLevel";
        Description = "How a conversation went: TRANSACTIONAL (swapping information), POSITIONAL (each defending their agency's view) or TRANSFORMATIONAL (thinking afresh together).";
    }
}

public sealed class CannotComeReasonType : EnumerationGraphType<CannotComeReason>
{
    public CannotComeReasonType()
    {
        Name = "CannotComeReason";
        Description = "Why someone cannot make a suggested time: AWAY, OUTSIDE_THEIR_HOURS, OUTSIDE_AGENCY_HOURS, HOURS_NOT_GIVEN, or AT_ANOTHER_GATHERING (of this or another of their groups).";
    }
}
