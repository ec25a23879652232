using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Groups;

namespace Convening.Grains.Cycles;

public sealed partial class LearningCycleGrain
{
    private CycleView View(Editing editor) => View(editor.Person.Id, editor.Role);

    private CycleView View(string caller, GroupRole role)
    {
        var stages = Enum.GetValues<CycleStage>()
            .Select(stage => S.Outputs.TryGetValue(stage, out var output)
                ? new StageView(stage, stage <= S.Furthest, output.Text, output.By, output.At)
                : new StageView(stage, stage <= S.Furthest, "", null, null))
            .ToList();
        var newestDemandFirst = demand.State.Entries
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.LoggedAt)
            .ToList();
        return new CycleView(Summary(), S.Purpose, S.Involved, S.Steward, stages, [.. S.Links], [.. S.Experiments],
            AllMeasures(), newestDemandFirst, S.BoardId, role,
            CanEdit: role != GroupRole.Observer,
            CanMoveStage: role != GroupRole.Observer && MayMoveStage(caller, role),
            DemandHistory: [.. demand.State.History.Concat(S.History).Reverse().OrderByDescending(c => c.At)])
        {
            PendingLinks = [.. S.PendingLinks],
            CanDecideLinks = MayMoveStage(caller, role),
        };
    }

    private bool MayMoveStage(string caller, GroupRole role) => AccessPolicy.CanSteer(role, caller == S.Steward.Id);
}
