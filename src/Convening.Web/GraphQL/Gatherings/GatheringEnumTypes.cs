using Convening.Contracts.Gatherings;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.Gatherings;

public sealed class GatheringFormatType() : DescribedEnumType<GatheringFormat>(
    "Where people meet: IN_PERSON at an address, ONLINE with a link, or HYBRID (both).");

public sealed class GatheringStatusType() : DescribedEnumType<GatheringStatus>(
    "DRAFT (no time yet), PLANNED (in calendars) or CANCELLED (still in calendars, marked cancelled).");

public sealed class ResponseAnswerType() : DescribedEnumType<ResponseAnswer>(
    "Whether someone is coming: YES, NO or MAYBE.");

public sealed class ConversationLevelType() : DescribedEnumType<ConversationLevel>(
    "How a conversation went: TRANSACTIONAL (swapping information), POSITIONAL (each defending their agency's view) or TRANSFORMATIONAL (thinking afresh together).");

public sealed class CannotComeReasonType() : DescribedEnumType<CannotComeReason>(
    "Why someone cannot make a suggested time: AWAY, OUTSIDE_THEIR_HOURS, OUTSIDE_AGENCY_HOURS, HOURS_NOT_GIVEN, or AT_ANOTHER_GATHERING (of this or another of their groups).");
