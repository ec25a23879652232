using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

public sealed class CycleStageType : EnumerationGraphType<CycleStage>
{
    public CycleStageType()
    {
        Name = "CycleStage";
        Description = "A Human Learning Systems stage: understand, plan an experiment, try it, reflect, share what was learnt.";
    }
}

public sealed class CycleRelationType : EnumerationGraphType<CycleRelation>
{
    public CycleRelationType()
    {
        Name = "CycleRelation";
        Description = "How a linked cycle relates to this one: this cycle FEEDS a wider one, is FED_BY a narrower one, or is a SIBLING in another group.";
    }
}

public sealed class ConfidenceType : EnumerationGraphType<Confidence>
{
    public ConfidenceType()
    {
        Name = "Confidence";
        Description = "How sure the group is of what an experiment taught it.";
    }
}

public sealed class DemandKindType : EnumerationGraphType<DemandKind>
{
    public DemandKindType()
    {
        Name = "DemandKind";
        Description = "VALUE demand is what the service is for; FAILURE demand is caused by not doing something, or not doing it right, for the person.";
    }
}

public sealed class SignalKindType : EnumerationGraphType<SignalKind>
{
    public SignalKindType()
    {
        Name = "SignalKind";
        Description = "A Making Data Count special-cause rule: a point OUTSIDE_LIMITS, a RUN of 7 on one side of the mean, a TREND of 7 rising or falling, or 2 of 3 points NEAR_LIMIT.";
    }
}

public sealed class SignalDirectionType : EnumerationGraphType<SignalDirection>
{
    public SignalDirectionType()
    {
        Name = "SignalDirection";
        Description = "HIGH: above the mean or rising; LOW: below the mean or falling.";
    }
}
