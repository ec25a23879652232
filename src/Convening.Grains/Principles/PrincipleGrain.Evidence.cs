using Convening.Contracts;
using Convening.Contracts.Principles;

namespace Convening.Grains.Principles;

public sealed partial class PrincipleGrain
{
    public async Task<PrincipleView> AddEvidence(Evidence evidence, string? callerId)
    {
        var caller = await RequireCurator(callerId);
        if (S.Status == PrincipleStatus.Withdrawn)
            throw ConveningException.Conflict("principle.withdrawn", "This principle has been withdrawn.");
        var added = await PrincipleRules.Evidence(GrainFactory, [evidence], caller);
        if (S.Evidence.Any(e => e.Kind == added[0].Kind && e.Reference == added[0].Reference))
            return View(caller);
        if (S.Evidence.Count >= Limits.EvidencePerPrinciple)
            throw new ConveningException("principle.too-much-evidence", $"Cite at most {Limits.EvidencePerPrinciple} pieces of evidence.");
        S.Evidence = [.. S.Evidence, .. added];
        await state.Write(this);
        await Announced();
        return View(caller);
    }
}
