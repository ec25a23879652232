using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CycleStageType() : DescribedEnumType<CycleStage>(
    "A Human Learning Systems stage: understand, plan an experiment, try it, reflect, share what was learnt.");

public sealed class CycleRelationType() : DescribedEnumType<CycleRelation>(
    "How a linked cycle relates to this one: this cycle FEEDS a wider one, is FED_BY a narrower one, or is a SIBLING in another group.");

public sealed class ConfidenceType() : DescribedEnumType<Confidence>(
    "How sure the group is of what an experiment taught it.");

public sealed class DemandKindType() : DescribedEnumType<DemandKind>(
    "VALUE demand is what the service is for; FAILURE demand is caused by not doing something, or not doing it right, for the person.");

public sealed class SignalKindType() : DescribedEnumType<SignalKind>(
    "A Making Data Count special-cause rule, in NHSRplotthedots' order of precedence: a point OUTSIDE_LIMITS, a TREND of 7 rising or falling, " +
        "TWO_OF_THREE points between the two-sigma line and the limit (all three on one side of the mean), a RUN of 7 on one side of the mean.");

public sealed class SignalDirectionType() : DescribedEnumType<SignalDirection>(
    "HIGH: above the mean or rising; LOW: below the mean or falling.");

public sealed class PointTypeType() : DescribedEnumType<PointType>(
    "How a point is classified, as NHSRplotthedots does: COMMON_CAUSE, or special cause that is an IMPROVEMENT or a CONCERN (by which side of the mean it is on), or NEUTRAL_HIGH / NEUTRAL_LOW where neither way is better.");

public sealed class VariationIconType() : DescribedEnumType<VariationIcon>(
    "The Making Data Count variation icon for the latest point (NONE without data).");

public sealed class AssuranceIconType() : DescribedEnumType<AssuranceIcon>(
    "The Making Data Count assurance icon: whether the latest limits say the target will consistently be met (PASS), missed (FAIL), or sometimes (HIT_AND_MISS); NONE without a target, limits or a better direction.");

public sealed class ImprovementDirectionType() : DescribedEnumType<ImprovementDirection>(
    "Which way is better for a measure: INCREASE, DECREASE, or NEITHER.");

public sealed class ChartKindType() : DescribedEnumType<ChartKind>(
    "XMR for measurements; P for proportions from numerators and denominators; C for counts; U for counts per unit of exposure.");

public sealed class PeriodChangeType() : DescribedEnumType<PeriodChange>(
    "How the mean moved at a recalculation, judged by the measure's improvement direction.");
