using Convening.Contracts;
using Convening.Contracts.Cycles;

namespace Convening.Grains.Cycles;

/// <summary>
/// Checks a link to a cycle or experiment: the cycle grain decides who can see it (members of its
/// group). Unknown and unseen cycles get the same refusal, so it does not reveal which exist.
/// </summary>
public static class WorkLinks
{
    public static async Task<WorkLink?> Visible(IGrainFactory grains, WorkLink? link, string personId, string code)
    {
        if (link is null)
            return null;
        var cycleId = (link.CycleId ?? "").Trim();
        var experimentId = string.IsNullOrWhiteSpace(link.ExperimentId) ? null : link.ExperimentId.Trim();
        if (!Guid.TryParseExact(cycleId, "N", out _))
            throw Refused(code);
        CycleView view;
        try
        {
            view = await grains.GetGrain<ILearningCycleGrain>(cycleId).Get(personId);
        }
        catch (ConveningException)
        {
            throw Refused(code);
        }
        if (experimentId is not null && view.Experiments.All(e => e.Id != experimentId))
            throw Refused(code);
        return new WorkLink(cycleId, experimentId);
    }

    private static ConveningException Refused(string code) =>
        ConveningException.Forbidden(code, "You can only link to a learning cycle or experiment of a group you belong to.");
}
