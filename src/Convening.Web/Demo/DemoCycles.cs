using System.Security.Cryptography;
using System.Text;
using Convening.Contracts.Cycles;

namespace Convening.Web.Demo;

/// <summary>
/// A learning cycle in Northfield part-way through: what the group understood and planned, a named-
/// worker experiment, a measure whose chart has a 20-week baseline, limits recalculated where the
/// experiment started (a recorded change), a lower mean after it (an improvement, as lower is
/// better), a target it now meets, and demand in people's words.
/// </summary>
internal static class DemoCycles
{
    private const string Question = "How do we stop young people in Northfield being passed between services?";
    internal static readonly DateOnly FirstWeek = new(2025, 1, 6);

    /// <summary>Days from first contact to support, weekly: 20 weeks around 20 before the experiment, 14 around 12 after.</summary>
    internal static readonly double[] Days =
    [
        21, 19, 22, 20, 23, 19, 21, 20, 18, 21, 22, 20, 19, 21, 20, 22, 19, 20, 21, 20,
        14, 13, 12, 13, 11, 12, 12, 10, 11, 12, 11, 10, 11, 12,
    ];

    internal const int BaselineWeeks = 20;

    /// <summary>Days within which the partnership agreed support should start.</summary>
    internal const double Target = 15;

    private static readonly (int Day, string Words, DemandKind Kind)[] Demand =
    [
        (0, "I need somewhere to live from next month", DemandKind.Value),
        (1, "Nobody rang me back about my housing referral", DemandKind.Failure),
        (2, "Can someone help me apply for college?", DemandKind.Value),
        (3, "I've told my story three times this week", DemandKind.Failure),
        (4, "Who is my worker now?", DemandKind.Failure),
        (7, "I want help with a CV", DemandKind.Value),
        (8, "I was sent here from the jobcentre but they said to come back", DemandKind.Failure),
        (9, "Can I talk to someone about my mum's drinking?", DemandKind.Value),
        (14, "I need help with my tenancy agreement", DemandKind.Value),
        (15, "Checking you got my form", DemandKind.Failure),
        (16, "Can I bring my friend to the drop-in?", DemandKind.Value),
    ];

    public static async Task Load(IGrainFactory grains, IReadOnlyDictionary<string, string> people)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("convening-demo-cycle:" + Question)))[..32];
        var cycle = grains.GetGrain<ILearningCycleGrain>(id);
        if (await DemoLoader.Exists(cycle.GetSummary))
            return;
        var (steward, member) = (people["morag"], people["niamh"]);
        await cycle.Start(new StartCycle(DemoLoader.GroupId("Northfield young people"), Question,
            "Young people get the right support the first time they ask, at whichever door they knock on.",
            "Housing, the school, youth work, and six young people who have been passed around."), steward);
        await cycle.RecordStageOutput(CycleStage.Understand,
            "- Young people told us they **repeat their story** at every service.\n- About half of what the drop-in hears is failure demand: chasing, repeating, being re-referred.", steward);
        await cycle.MoveStage(CycleStage.Plan, steward);
        await cycle.RecordStageOutput(CycleStage.Plan, "Give each young person **one named worker** who stays with them across services.", member);
        await cycle.MoveStage(CycleStage.Try, steward);
        var started = FirstWeek.AddDays(7 * BaselineWeeks);
        var experiment = await cycle.AddExperiment(new ExperimentPlan("One named worker", "Young people said being known matters more than the service.",
            "Days from first contact to support fall, and repeat contacts drop.", "Youth work and housing", started, started.AddDays(7 * 14)), steward);
        var measure = await cycle.AddMeasure(new NewMeasure("Days from first contact to support", "days", false,
            "Counted from a young person's first contact with any service to the day support starts."), steward);
        await cycle.AddDataPoints(measure.Id, [.. Days.Select((d, i) => new DataPoint(FirstWeek.AddDays(7 * i), d))], steward);
        await cycle.Recalculate(measure.Id, new Recalculate(started,
            "Every young person now has one named worker across services: a new way of working, so a new process.", experiment.Id, null), steward);
        await cycle.EditMeasure(measure.Id, new EditMeasure(measure.Name, measure.Unit, measure.Description,
            measure.Settings with { Target = Target }, "The partnership agreed that support should start within 15 days."), steward);
        foreach (var (day, words, kind) in Demand)
            await cycle.LogDemand(new LogDemand(FirstWeek.AddDays(day), words, kind), member);
    }
}
