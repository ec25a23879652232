using Convening.Contracts.Cycles;
using Convening.Contracts.Principles;

namespace Convening.Web.Principles;

/// <summary>Where cited cycles and experiments live in the site.</summary>
public static class EvidencePaths
{
    public static string? Cycle(Evidence evidence)
    {
        if (evidence.Kind is not (EvidenceKind.Cycle or EvidenceKind.Experiment))
            return null;
        var parts = evidence.Reference.Split('/', 2);
        return new WorkLink(parts[0], parts.Length == 2 ? parts[1] : null).Path;
    }
}
