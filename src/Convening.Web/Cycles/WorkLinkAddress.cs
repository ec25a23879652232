using Convening.Contracts.Cycles;

namespace Convening.Web.Cycles;

/// <summary>
/// Reads a link to a cycle or experiment as people paste it: the cycle's address (with or without
/// the site), its address with #experiment-{id}, an experiment's own page, or a bare cycle id.
/// The grain checks the person can see it.
/// </summary>
public static class WorkLinkAddress
{
    public static WorkLink? Parse(string? text)
    {
        var value = (text ?? "").Trim();
        if (value.Length == 0)
            return null;
        var at = value.IndexOf("/cycles/", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
            value = value[(at + "/cycles/".Length)..];
        var hash = value.Split('#', 2);
        var path = hash[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? experiment = null;
        if (hash.Length == 2 && hash[1].StartsWith("experiment-", StringComparison.Ordinal))
            experiment = hash[1]["experiment-".Length..];
        else if (path.Length >= 3 && path[1] == "experiments")
            experiment = path[2];
        return new WorkLink(path.Length > 0 ? path[0] : "", experiment);
    }

    /// <summary>A principle's evidence reference for a link: the cycle id, or "cycleId/experimentId".</summary>
    public static string Reference(WorkLink link) =>
        link.ExperimentId is null ? link.CycleId : $"{link.CycleId}/{link.ExperimentId}";
}
