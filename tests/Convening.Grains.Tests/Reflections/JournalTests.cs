using Convening.Contracts;
using Convening.Contracts.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.Reflections;

[Collection(ClusterCollection.Name)]
public sealed class JournalTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;

    [Fact]
    public async Task Save_IsPrivateByDefault_AndListedInTheAuthorsJournal()
    {
        var author = await _grains.Person("Asha");
        var entry = await _grains.Reflection(author, Write.Entry("First visit"));

        var view = await entry.Get(author.Id);
        Assert.Equal(ReflectionVisibility.Private, view.Visibility);
        Assert.Equal(["We met the family at home.", "Trust matters", "Ask first"], view.Sections);
        var journal = await _grains.GetGrain<IJournalGrain>(author.Id).List(new JournalQuery(20, null, null, null), author.Id);
        Assert.Equal("First visit", Assert.Single(journal.Items).Title);
    }

    [Fact]
    public async Task Edit_KeepsHistory_NewestFirst_ForTheAuthorOnly()
    {
        var author = await _grains.Person("Asha");
        var entry = await _grains.Reflection(author, Write.Entry("Draft one"));
        await entry.Save(Write.Entry("Draft two", expectedVersion: 1), author.Id);
        await entry.Save(Write.Entry("Draft three", expectedVersion: 2), author.Id);

        var history = await entry.History(author.Id);
        Assert.Equal(["Draft two", "Draft one"], history.Select(h => h.Title));
        Assert.Equal([2, 1], history.Select(h => h.Version));
        Assert.Equal(3, (await entry.Get(author.Id)).Version);
    }

    [Fact]
    public async Task StaleSave_FromASecondTab_IsToldItConflicts_AndLosesNothing()
    {
        var author = await _grains.Person("Asha");
        var entry = await _grains.Reflection(author, Write.Entry("Opened in two tabs"));
        await entry.Save(Write.Entry("Saved from tab one", expectedVersion: 1), author.Id);

        await Refused.With("reflection.conflict", () => entry.Save(Write.Entry("Saved from tab two", expectedVersion: 1), author.Id));

        Assert.Equal("Saved from tab one", (await entry.Get(author.Id)).Title);
        Assert.Equal(["Opened in two tabs"], (await entry.History(author.Id)).Select(h => h.Title));
    }

    [Fact]
    public async Task ConcurrentSaves_OfTheSameVersion_ExactlyOneWins()
    {
        var author = await _grains.Person("Asha");
        var entry = await _grains.Reflection(author, Write.Entry("Original"));

        var saves = Enumerable.Range(0, 5).Select(i => entry.Save(Write.Entry($"Tab {i}", expectedVersion: 1), author.Id)).ToList();
        var outcomes = await Task.WhenAll(saves.Select(async s => { try { await s; return "saved"; } catch (ConveningException e) { return e.Code; } }));

        Assert.Equal(1, outcomes.Count(o => o == "saved"));
        Assert.Equal(4, outcomes.Count(o => o == "reflection.conflict"));
        Assert.Equal(2, (await entry.Get(author.Id)).Version);
    }

    [Fact]
    public async Task Delete_RemovesEntryHistoryAndJournalListing_ForGood()
    {
        var author = await _grains.Person("Asha");
        var marker = "secret-" + Guid.NewGuid().ToString("N");
        var group = await _grains.Group(author);
        var entry = await _grains.Reflection(author, Write.Entry("To forget", body: marker));
        await entry.Save(Write.Entry("To forget, edited", ReflectionVisibility.Group, group.GetPrimaryKeyString(), expectedVersion: 1, body: marker), author.Id);
        Assert.True(StoredRows.Contain(fixture.DataPath, marker));

        await entry.Delete(author.Id);

        await Refused.With("reflection.not-found", () => entry.Get(author.Id));
        await Refused.With("reflection.not-found", () => entry.History(author.Id));
        Assert.Empty(await _grains.GetGrain<IJournalGrain>(author.Id).Ids(author.Id));
        Assert.Empty((await _grains.GetGrain<IReflectionIndexGrain>(ReflectionAudience.Group(group.GetPrimaryKeyString())).List(20, null, null, author.Id)).Items);
        // Deleted means gone from storage, history and excerpts included, not merely hidden.
        Assert.False(StoredRows.Contain(fixture.DataPath, marker));
    }

    [Theory]
    [InlineData("", "reflection.empty")]
    [InlineData("   ", "reflection.empty")]
    public async Task EmptyEntry_IsRefused(string body, string code)
    {
        var author = await _grains.Person("Asha");
        var entry = Write.Entry(body: body) with { Sections = [body] };
        await Refused.With(code, () => _grains.Reflection(author, entry));
        Assert.Empty(await _grains.GetGrain<IJournalGrain>(author.Id).Ids(author.Id));
    }

    [Fact]
    public async Task OverlongAndOneMegabyteEntries_AreRefusedCleanly()
    {
        var author = await _grains.Person("Asha");
        await Refused.With("reflection.too-long", () => _grains.Reflection(author, Write.Entry(body: new string('a', Limits.ReflectionLength + 1))));
        await Refused.With("reflection.too-long", () => _grains.Reflection(author, Write.Entry(body: new string('a', 1024 * 1024))));

        var atLimit = await _grains.Reflection(author, Write.Entry() with { Sections = [new string('a', Limits.ReflectionLength)] });
        Assert.Equal(Limits.ReflectionLength, (await atLimit.Get(author.Id)).Sections[0].Length);
    }

    [Fact]
    public async Task Themes_AreNormalised_AndBadOnesRefused()
    {
        var author = await _grains.Person("Asha");
        var entry = await _grains.Reflection(author, Write.Entry(themes: ["  Housing ", "housing", "Lived   experience"]));
        Assert.Equal(["housing", "lived experience"], (await entry.Get(author.Id)).Themes);

        await Refused.With("theme.invalid", () => _grains.Reflection(author, Write.Entry(themes: ["<script>"])));
        await Refused.With("reflection.too-many-themes", () => _grains.Reflection(author, Write.Entry(themes: [.. Enumerable.Range(0, 11).Select(i => $"t{i}")])));
    }

    [Fact]
    public async Task Journal_FiltersByThemeAndText_AndAnUnknownThemeFindsNothing()
    {
        var author = await _grains.Person("Asha");
        await _grains.Reflection(author, Write.Entry("Eviction notice", themes: ["housing"]));
        await _grains.Reflection(author, Write.Entry("GP letter", themes: ["health"]));
        var journal = _grains.GetGrain<IJournalGrain>(author.Id);

        Assert.Equal(["Eviction notice"], (await journal.List(new JournalQuery(20, null, "Housing", null), author.Id)).Items.Select(i => i.Title));
        Assert.Equal(["GP letter"], (await journal.List(new JournalQuery(20, null, null, "gp"), author.Id)).Items.Select(i => i.Title));
        Assert.Empty((await journal.List(new JournalQuery(20, null, "transport", null), author.Id)).Items);
    }

    [Fact]
    public async Task Journal_PagesNewestFirst()
    {
        var author = await _grains.Person("Asha");
        foreach (var title in new[] { "One", "Two", "Three" })
            await _grains.Reflection(author, Write.Entry(title));
        var journal = _grains.GetGrain<IJournalGrain>(author.Id);

        var first = await journal.List(new JournalQuery(2, null, null, null), author.Id);
        var second = await journal.List(new JournalQuery(2, first.EndCursor, null, null), author.Id);

        Assert.Equal(["Three", "Two"], first.Items.Select(i => i.Title));
        Assert.True(first.HasNextPage);
        Assert.Equal(["One"], second.Items.Select(i => i.Title));
        Assert.False(second.HasNextPage);
    }
}
