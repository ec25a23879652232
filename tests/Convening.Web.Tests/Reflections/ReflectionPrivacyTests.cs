using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Reflections;

/// <summary>
/// Tries every GraphQL way there is to read a private reflection, as each kind of person who is
/// not its author. None may find any of its words, in data or in errors.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class ReflectionPrivacyTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task PrivateReflection_IsInvisibleToEveryoneElse_ThroughEveryQuery()
    {
        var steward = await _scenario.Register("Steward");
        var convenor = await _scenario.Register("Convenor");
        var author = await _scenario.Register("Author");
        var member = await _scenario.Register("Member");
        var stranger = await _scenario.Register("Stranger");
        var slug = await Scenario.CreatePlace(steward);
        var group = await Scenario.Convene(convenor, slug);
        await Scenario.Join(convenor, group, author);
        await Scenario.Join(convenor, group, member);
        var marker = "zq" + Guid.NewGuid().ToString("N")[..12];
        var id = await ReflectionApi.Write(author, ReflectionApi.Entry("Private " + marker, "Body " + marker, themes: [marker]));
        await ReflectionApi.Write(author, ReflectionApi.Entry("Private " + marker, "Edited " + marker, id: id, expectedVersion: 1, themes: [marker]));

        var queries = new (string Query, object Variables)[]
        {
            ("query($id: ID!) { reflection(id: $id) { id title authorName themes sections { markdown html } history { title sections } } }", new { id }),
            ("{ myJournal(first: 100) { nodes { id title excerpt themes } totalCount } }", new { }),
            ("query($s: String) { myJournal(first: 100, search: $s) { nodes { title } } }", new { s = marker }),
            ("query($t: String) { myJournal(first: 100, theme: $t) { nodes { title } } }", new { t = marker }),
            ("{ myJournalExport(format: MARKDOWN) }", new { }),
            ("{ myJournalExport(format: JSON) }", new { }),
            ("query($g: String!) { groupReflections(groupId: $g, first: 100) { nodes { id title excerpt } } groupThemes(groupId: $g) { overall { theme } byMonth { themes { theme } } } }", new { g = group }),
            ("query($p: String!) { placeReflections(slug: $p, first: 100) { nodes { id title excerpt } } placeThemes(slug: $p) { overall { theme } byMonth { themes { theme } } } }", new { p = slug }),
            ("mutation($i: ReflectionIdInput!) { deleteReflection(input: $i) { deletedReflection { id } } }", new { i = new { id } }),
            (ReflectionApi.Save, new { i = ReflectionApi.Entry("Taken over", "Mine now", id: id, expectedVersion: 2) }),
        };

        foreach (var client in new[] { member.Api, convenor.Api, steward.Api, stranger.Api, app.GraphQL() })
        {
            foreach (var (query, variables) in queries)
            {
                var reply = await client.Post(query, variables);
                Assert.DoesNotContain(marker, reply.Json?.ToJsonString() ?? "", StringComparison.Ordinal);
            }
            // Asked for by id, the entry is simply not there, exactly as if it did not exist.
            Assert.Null((await client.Post("query($id: ID!) { reflection(id: $id) { id } }", new { id })).ShouldSucceed().Data!["reflection"]);
        }

        var mine = await ReflectionApi.Get(author, id);
        Assert.Equal(2, mine!["version"]!.GetValue<int>());
        Assert.Equal("Edited " + marker, mine["sections"]![0]!["markdown"]!.GetValue<string>());
    }

    [Fact]
    public async Task GroupReflection_IsReadByMembers_ButItsHistoryByTheAuthorOnly()
    {
        var convenor = await _scenario.Register("Convenor");
        var author = await _scenario.Register("Author");
        var group = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        await Scenario.Join(convenor, group, author);
        var id = await ReflectionApi.Write(author, ReflectionApi.Entry("First words", "Shared", "GROUP", group));
        await ReflectionApi.Write(author, ReflectionApi.Entry("Second words", "Shared", "GROUP", group, id: id, expectedVersion: 1));

        Assert.Equal("Second words", (await ReflectionApi.Get(convenor, id))!["title"]!.GetValue<string>());
        var history = await convenor.Api.Post("query($id: ID!) { reflection(id: $id) { history { title } } }", new { id });
        Assert.Equal("reflection.author-only", history.ErrorCode);
        Assert.DoesNotContain("First words", history.Json!.ToJsonString(), StringComparison.Ordinal);
        var own = (await author.Api.Post("query($id: ID!) { reflection(id: $id) { history { title } } }", new { id })).ShouldSucceed();
        Assert.Equal("First words", own.Data!["reflection"]!["history"]![0]!["title"]!.GetValue<string>());
    }
}
