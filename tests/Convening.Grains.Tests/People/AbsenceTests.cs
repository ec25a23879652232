using Convening.Contracts.Groups;
using Convening.Contracts.People;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.People;

[Collection(ClusterCollection.Name)]
public sealed class AbsenceTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Absence_AndDeputy_AreSeenByTheirGroup()
    {
        var convenor = await _grains.Person("Asha");
        var ben = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, ben, GroupRole.Member);
        var person = _grains.GetGrain<IPersonGrain>(ben.Id);

        await person.AddAbsence(Today.AddDays(20), Today.AddDays(24), ben.Id);
        await person.AddAbsence(Today.AddDays(3), Today.AddDays(3), ben.Id);
        await person.SetDeputy(new Deputy(" Dee Okafor ", "dee@example.org"), ben.Id);

        var card = (await group.GetDetails(convenor.Id)).Members.Single(m => m.Person.Id == ben.Id).Person;
        Assert.Equal([(Today.AddDays(3), Today.AddDays(3)), (Today.AddDays(20), Today.AddDays(24))], card.Absences.Select(a => (a.From, a.To)));
        Assert.Equal(new Deputy("Dee Okafor", "dee@example.org"), card.Deputy);
    }

    [Fact]
    public async Task Absence_Removed_IsGoneFromTheGroupsCopyToo()
    {
        var convenor = await _grains.Person("Asha");
        var group = await _grains.Group(convenor);
        var person = _grains.GetGrain<IPersonGrain>(convenor.Id);
        var added = await person.AddAbsence(Today.AddDays(1), Today.AddDays(2), convenor.Id);

        await person.RemoveAbsence(added.Card.Absences[0].Id, convenor.Id);
        await person.SetDeputy(null, convenor.Id);

        var card = Assert.Single((await group.GetDetails(convenor.Id)).Members).Person;
        Assert.Empty(card.Absences);
        Assert.Null(card.Deputy);
        await Refused.With("absence.not-found", () => person.RemoveAbsence(added.Card.Absences[0].Id, convenor.Id));
    }

    [Fact]
    public async Task Absence_ThatIsBackwardsPastOverlappingOrTooLong_IsRejected()
    {
        var asha = await _grains.Person("Asha");
        var person = _grains.GetGrain<IPersonGrain>(asha.Id);
        await person.AddAbsence(Today.AddDays(10), Today.AddDays(14), asha.Id);

        await Refused.With("absence.ends-before-start", () => person.AddAbsence(Today.AddDays(5), Today.AddDays(4), asha.Id));
        await Refused.With("absence.in-the-past", () => person.AddAbsence(Today.AddDays(-9), Today.AddDays(-2), asha.Id));
        await Refused.With("absence.overlapping", () => person.AddAbsence(Today.AddDays(14), Today.AddDays(16), asha.Id));
        await Refused.With("absence.too-long", () => person.AddAbsence(Today.AddDays(20), Today.AddDays(400), asha.Id));
        var mallory = await _grains.Person("Mallory");
        await Refused.With("person.private", () => person.AddAbsence(Today, Today, mallory.Id));
        await Refused.With("deputy-contact.empty", () => person.SetDeputy(new Deputy("Dee", " "), asha.Id));

        Assert.Single((await person.Get(asha.Id)).Card.Absences);
    }
}
