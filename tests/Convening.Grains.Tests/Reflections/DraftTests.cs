using Convening.Contracts.Groups;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Reflections;

/// <summary>Autosave keeps a draft for its author alone; only Save shares it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DraftTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task AutosavedDraft_SetToShareWithAGroup_IsSeenByItsAuthorAlone_UntilSaved()
    {
        var convenor = await _grains.Person("Cal");
        var author = await _grains.Person("Asha");
        var observer = await _grains.Person("Obi");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, author, GroupRole.Member);
        await group.Join(convenor, observer, GroupRole.Observer);
        var groupId = group.GetPrimaryKeyString();
        var entry = _grains.GetGrain<IReflectionGrain>(Guid.NewGuid().ToString("N"));
        var index = _grains.GetGrain<IReflectionIndexGrain>(ReflectionAudience.Group(groupId));

        var draft = await entry.Save(Write.Entry("Half-written", ReflectionVisibility.Group, groupId) with { Draft = true }, author.Id);

        Assert.True(draft.IsDraft);
        Assert.Equal("Half-written", (await entry.Get(author.Id)).Title);
        await Refused.With("reflection.not-found", () => entry.Get(observer.Id));
        await Refused.With("reflection.not-found", () => entry.Get(convenor.Id));
        Assert.Empty((await index.List(20, null, null, observer.Id)).Items);

        var saved = await entry.Save(Write.Entry("Ready to share", ReflectionVisibility.Group, groupId, expectedVersion: draft.Version), author.Id);

        Assert.False(saved.IsDraft);
        Assert.Equal("Ready to share", (await entry.Get(observer.Id)).Title);
        Assert.Equal(["Ready to share"], (await index.List(20, null, null, observer.Id)).Items.Select(i => i.Title));
        Assert.Empty(await entry.History(author.Id));
    }

    [Fact]
    public async Task AutosaveOfASharedEntry_KeepsTheLastSavedWordsForItsReaders()
    {
        var convenor = await _grains.Person("Cal");
        var author = await _grains.Person("Asha");
        var group = await _grains.Group(convenor);
        await group.Join(convenor, author, GroupRole.Member);
        var groupId = group.GetPrimaryKeyString();
        var entry = await _grains.Reflection(author, Write.Entry("Shared words", ReflectionVisibility.Group, groupId));

        await entry.Save(Write.Entry("Second thoughts, not yet shared", ReflectionVisibility.Group, groupId, expectedVersion: 1) with { Draft = true }, author.Id);

        Assert.Equal("Shared words", (await entry.Get(convenor.Id)).Title);
        Assert.Equal(["Shared words"], (await _grains.GetGrain<IReflectionIndexGrain>(ReflectionAudience.Group(groupId)).List(20, null, null, convenor.Id)).Items.Select(i => i.Title));
        Assert.Equal(("Second thoughts, not yet shared", true), ((await entry.Get(author.Id)).Title, (await entry.Get(author.Id)).IsDraft));
    }
}
