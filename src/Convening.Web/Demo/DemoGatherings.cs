using System.Security.Cryptography;
using System.Text;
using Convening.Contracts.Gatherings;

namespace Convening.Web.Demo;

/// <summary>A first gathering for each demo group, at the best time the scheduler finds, so the tour has one to open.</summary>
internal static class DemoGatherings
{
    public static async Task Plan(IGrainFactory grains, string groupId, string groupName, string convenor)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("convening-demo-gathering:" + groupName)))[..32];
        var gathering = grains.GetGrain<IGatheringGrain>(id);
        await gathering.Plan(groupId, new GatheringDetails("Monthly check-in", "Catch up, hear from people using services, and agree what each of us will do next.",
            GatheringFormat.Hybrid, "Committee Room 1, County Hall", "", 90, "Europe/London"), convenor);
        foreach (var (title, minutes) in new[] { ("Check-in round", 10), ("What we heard from people using services", 40), ("Actions", 15) })
            await gathering.AddAgendaItem(title, minutes, convenor);
        var best = (await gathering.SuggestTimes(2, 1, convenor)).FirstOrDefault();
        if (best is not null)
            await gathering.Schedule(best.Start, convenor);
    }
}
