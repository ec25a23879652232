using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Cycles;

/// <summary>
/// Line breaks are kept where a field holds paragraphs and refused where it is one line, by the
/// field's meaning, whatever its length: a 300-character question is still one line.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class NewlineTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task NewlineInAQuestionOrMeasureName_IsRefused_ButParagraphsInPurposeAndDescription_AreKept()
    {
        var team = await _grains.Team();
        var cycle = _grains.GetGrain<ILearningCycleGrain>(Guid.NewGuid().ToString("N"));

        var question = await Refused.With(TextRules.Code, () => cycle.Start(new StartCycle(team.GroupId, "How do we stop\nhand-offs?", "Fewer hand-offs", ""), team.Convenor.Id));
        Assert.Equal("question", question.Field);
        var started = await cycle.Start(new StartCycle(team.GroupId, "How do we stop hand-offs?", "Fewer hand-offs.\n\nAnd fewer repeats.", "Youth workers\nHousing officers"), team.Convenor.Id);
        Assert.Equal("Fewer hand-offs.\n\nAnd fewer repeats.", started.Purpose);

        await Refused.With(TextRules.Code, () => cycle.AddMeasure(new NewMeasure("Hand-offs\nper week", "hand-offs", false, ""), team.Convenor.Id));
        var measure = await cycle.AddMeasure(new NewMeasure("Hand-offs per week", "hand-offs", false, "Counted on Mondays.\nFrom the case log."), team.Convenor.Id);
        Assert.Equal("Counted on Mondays.\nFrom the case log.", measure.Description);
    }
}
