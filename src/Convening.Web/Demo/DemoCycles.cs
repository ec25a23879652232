using System.Security.Cryptography;
using System.Text;
using Convening.Contracts.Cycles;

namespace Convening.Web.Demo;

/// <summary>
/// A learning cycle in Northfield part-way through: what the group understood and planned, a named-
/// worker experiment, a measure whose chart shows the shift after it, and demand in people's words.
/// </summary>
internal static class DemoCycles
{
    private const string Question = "How do we stop young people in Northfield being passed between services?";
    private static readonly DateOnly FirstWeek = new(2025, 1, 6);

    /// <summary>Days from first contact to support, weekly: around 20 before the experiment, around 12 after.</summary>
    private static readonly double[] Days = [21, 19, 22, 20, 23, 19, 21, 20, 18, 14, 13, 12, 13, 11, 12, 12, 10, 11];

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
        await cycle.AddExperiment(new ExperimentPlan("One named worker", "Young people said being known matters more than the service.",
            "Days from first contact to support fall, and repeat contacts drop.", "Youth work and housing", FirstWeek.AddDays(7 * 9), FirstWeek.AddDays(7 * 17)), steward);
        var measure = await cycle.AddMeasure(new NewMeasure("Days from first contact to support", "days", false,
            "Counted from a young person's first contact with any service to the day support starts."), steward);
        await cycle.AddDataPoints(measure.Id, [.. Days.Select((d, i) => new DataPoint(FirstWeek.AddDays(7 * i), d))], steward);
        foreach (var (day, words, kind) in Demand)
            await cycle.LogDemand(new LogDemand(FirstWeek.AddDays(day), words, kind), member);
    }
}
