using Convening.Contracts.Cycles;

namespace Convening.Web.Pages.Cycles;

/// <summary>The stages' names and what each is for, as the pages say them.</summary>
public static class Stages
{
    public static string Name(CycleStage stage) => stage.ToString();

    /// <summary>The stage's part of the route, e.g. /cycles/{id}/stages/reflect.</summary>
    public static string Slug(CycleStage stage) => stage.ToString().ToLowerInvariant();

    public static string Purpose(CycleStage stage) => stage switch
    {
        CycleStage.Understand => "Understand what matters to people and how the system behaves now.",
        CycleStage.Plan => "Plan an experiment: what we'll try, why, and what we predict.",
        CycleStage.Try => "Try it, and gather what happens.",
        CycleStage.Reflect => "Reflect together on what happened and what it means.",
        _ => "Share what was learnt across the system.",
    };

    public static string Relation(CycleRelation relation) => relation switch
    {
        CycleRelation.Feeds => "This cycle feeds",
        CycleRelation.FedBy => "Fed by",
        _ => "Sibling",
    };
}
