using Convening.Contracts.Cycles;
using Convening.Contracts.Principles;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Cycles;
using Convening.Grains.Tests.Principles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Reflections;

/// <summary>Reflections and principles that point at a learning cycle or one of its experiments.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WorkLinkTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Reflection_LinksToACycleOrExperimentOfItsAuthorsGroup_AndNothingElse()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Member);
        var cycleId = cycle.GetPrimaryKeyString();
        var experiment = await cycle.AddExperiment(new ExperimentPlan("One key worker", "Fewer hand-offs", "Half the referrals", "Ben", null, null), team.Member.Id);

        var toCycle = await _grains.Reflection(team.Member, Write.Entry() with { Link = new WorkLink(cycleId, null) });
        var toExperiment = await _grains.Reflection(team.Observer, Write.Entry() with { Link = new WorkLink(cycleId, experiment.Id) });

        Assert.Equal($"/cycles/{cycleId}", (await toCycle.Get(team.Member.Id)).Link!.Path);
        Assert.Equal($"/cycles/{cycleId}#experiment-{experiment.Id}", (await toExperiment.Get(team.Observer.Id)).Link!.Path);
        foreach (var link in new[] { new WorkLink(cycleId, null), new WorkLink(Guid.NewGuid().ToString("N"), null), new WorkLink("not-an-id", null), new WorkLink(cycleId, "nosuchexperiment") })
        {
            var author = link.ExperimentId is null && link.CycleId == cycleId ? team.Outsider : team.Member;
            var entry = _grains.GetGrain<IReflectionGrain>(Guid.NewGuid().ToString("N"));
            await Refused.With("reflection.link-not-visible", () => entry.Save(Write.Entry() with { Link = link }, author.Id));
            await Refused.With("reflection.not-found", () => entry.Get(author.Id));
        }
    }

    [Fact]
    public async Task PrivateReflection_LinkedToACycle_IsStillOnlyItsAuthors()
    {
        var team = await _grains.Team();
        var cycle = await _grains.Cycle(team, team.Convenor);
        var entry = await _grains.Reflection(team.Member, Write.Entry("Only mine") with { Link = new WorkLink(cycle.GetPrimaryKeyString(), null) });

        foreach (var other in new[] { team.Convenor, team.Observer, team.Outsider })
            await Refused.With("reflection.not-found", () => entry.Get(other.Id));
        var view = await cycle.Get(team.Convenor.Id);
        Assert.DoesNotContain("Only mine", System.Text.Json.JsonSerializer.Serialize(view), StringComparison.Ordinal);
        Assert.Equal(ReflectionVisibility.Private, (await entry.Get(team.Member.Id)).Visibility);
    }

    [Fact]
    public async Task PrincipleEvidence_CitesACycleOrExperimentTheStewardCanSee_AndRefusesOthers()
    {
        var team = await _grains.Team();
        var place = (await team.Group.GetSummary()).PlaceSlug;
        var cycle = await _grains.Cycle(team, team.Convenor);
        var cycleId = cycle.GetPrimaryKeyString();
        var experiment = await cycle.AddExperiment(new ExperimentPlan("Shared notes", "Less retelling", "Fewer complaints", "Asha", null, null), team.Convenor.Id);
        var elsewhere = await _grains.Team();
        var hidden = await _grains.Cycle(elsewhere, elsewhere.Convenor);

        var ok = await _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N")).Draft(Curate.Draft(place, evidence:
            [new Evidence(EvidenceKind.Cycle, cycleId, ""), new Evidence(EvidenceKind.Experiment, $"{cycleId}/{experiment.Id}", "Shared notes")]), team.Convenor.Id);

        Assert.Equal([cycleId, $"{cycleId}/{experiment.Id}"], ok.Evidence.Select(e => e.Reference));
        foreach (var refused in new[] { new Evidence(EvidenceKind.Cycle, hidden.GetPrimaryKeyString(), ""), new Evidence(EvidenceKind.Cycle, Guid.NewGuid().ToString("N"), ""), new Evidence(EvidenceKind.Experiment, $"{cycleId}/nosuch", ""), new Evidence(EvidenceKind.Experiment, cycleId, "") })
        {
            var principle = _grains.GetGrain<IPrincipleGrain>(Guid.NewGuid().ToString("N"));
            await Refused.With("principle.evidence-not-visible", () => principle.Draft(Curate.Draft(place, evidence: [refused]), team.Convenor.Id));
        }
    }
}
