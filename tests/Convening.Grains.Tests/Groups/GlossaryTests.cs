using Convening.Contracts.Groups;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Groups;

[Collection(ClusterCollection.Name)]
public sealed class GlossaryTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    private static GlossaryEntryInput Entry(string agreed, string note = "") =>
        new(agreed, [new AgencyTerm("NHS", "patient"), new AgencyTerm("Council", "service user")], note);

    [Fact]
    public async Task Glossary_AddUpdateRemove_IsWhatMembersSee()
    {
        var convenor = await _grains.Person("Asha");
        var member = await _grains.Person("Ben");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, member, GroupRole.Member);

        var person = await group.AddGlossaryEntry(Entry("person"), member.Id);
        await group.AddGlossaryEntry(Entry("Carer"), convenor.Id);
        await group.UpdateGlossaryEntry(person.Id, Entry("person we support", "Say this in meetings"), convenor.Id);

        var glossary = (await group.GetDetails(member.Id)).Glossary;
        Assert.Equal(["Carer", "person we support"], glossary.Select(e => e.AgreedTerm));
        var updated = glossary.Single(e => e.Id == person.Id);
        Assert.Equal(("Say this in meetings", "Asha"), (updated.Note, updated.UpdatedBy));
        Assert.Equal(["NHS", "Council"], updated.AgencyTerms.Select(t => t.Agency));

        await group.RemoveGlossaryEntry(person.Id, member.Id);

        Assert.Equal(["Carer"], (await group.GetDetails(convenor.Id)).Glossary.Select(e => e.AgreedTerm));
    }

    [Fact]
    public async Task Glossary_DuplicateTerm_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var group = await _grains.Group(convenor);
        await group.AddGlossaryEntry(Entry("Person we support"), convenor.Id);
        var other = await group.AddGlossaryEntry(Entry("Carer"), convenor.Id);

        await Refused.With("glossary.duplicate-term", () => group.AddGlossaryEntry(Entry("  person WE support "), convenor.Id));
        await Refused.With("glossary.duplicate-term", () => group.UpdateGlossaryEntry(other.Id, Entry("person we support"), convenor.Id));

        Assert.Equal(["Carer", "Person we support"], (await group.GetDetails(convenor.Id)).Glossary.Select(e => e.AgreedTerm));
    }

    [Fact]
    public async Task Glossary_AddByObserver_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var observer = await _grains.Person("Olu");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, observer, GroupRole.Observer);

        await Refused.With("group.observer-read-only", () => group.AddGlossaryEntry(Entry("Carer"), observer.Id));

        Assert.Empty((await group.GetDetails(observer.Id)).Glossary);
    }

    [Fact]
    public async Task Glossary_AddByNonMember_IsRejected()
    {
        var convenor = await _grains.Person("Asha");
        var stranger = await _grains.Person("Mallory");
        var group = await _grains.Group(convenor);

        await Refused.With("group.members-only", () => group.AddGlossaryEntry(Entry("Carer"), stranger.Id));
    }
}
