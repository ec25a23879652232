using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;
using Convening.Contracts.People;

namespace Convening.Web.Pages.Cycles;

/// <summary>
/// The cycles a person may link a cycle to: those of every group, in any place, where they can
/// change cycles (a link speaks for both groups), newest first.
/// </summary>
public static class LinkableCycles
{
    public const int Shown = 100;

    public static async Task<IReadOnlyList<(CycleSummary Cycle, string GroupName)>> For(IGrainFactory grains, string personId, IReadOnlySet<string> leaveOut)
    {
        var person = await grains.GetGrain<IPersonGrain>(personId).Get(personId);
        var choices = new List<(CycleSummary Cycle, string GroupName)>();
        foreach (var membership in person.Memberships.Where(m => m.Role != GroupRole.Observer))
        {
            var cycles = await grains.GetGrain<ICycleIndexGrain>(ICycleIndexGrain.ForGroup(membership.GroupId)).List(Shown, null);
            choices.AddRange(cycles.Items.Where(c => !leaveOut.Contains(c.Id)).Select(c => (c, membership.GroupName)));
        }
        return [.. choices.OrderByDescending(c => c.Cycle.StartedAt).Take(Shown)];
    }
}
