using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

/// <summary>A group with one person in each role, and someone outside it.</summary>
public sealed record Team(IGroupGrain Group, TestPerson Convenor, TestPerson Member, TestPerson Observer, TestPerson Outsider)
{
    public string GroupId => Group.GetPrimaryKeyString();
}

public static class GivenCycle
{
    public const string Question = "How do we stop young people in Northfield being passed between services?";

    public static async Task<Team> Team(this IGrainFactory grains)
    {
        var convenor = await grains.Person("Asha");
        var member = await grains.Person("Ben");
        var observer = await grains.Person("Chloe");
        var outsider = await grains.Person("Dev");
        var group = await grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);
        await group.Join(convenor, observer, GroupRole.Observer);
        return new Team(group, convenor, member, observer, outsider);
    }

    /// <summary>Starts a cycle in the team's group with <paramref name="steward"/> as its steward.</summary>
    public static async Task<ILearningCycleGrain> Cycle(this IGrainFactory grains, Team team, TestPerson steward, string question = Question)
    {
        var cycle = grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));
        await cycle.Start(new StartCycle(team.GroupId, question, "Fewer hand-offs", "Youth workers, housing officers, two young people"), steward.Id);
        return cycle;
    }

    public static async Task<CycleStage> StageOf(this ILearningCycleGrain cycle) => (await cycle.GetSummary()).Stage;
}
