using System.Net;
using System.Text.Json.Nodes;
using Convening.Contracts;

namespace Convening.Web.Tests.Reflections;

[Collection(SecondWebCollection.Name)]
public sealed class ReflectionApiTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task SecondTab_SavingAStaleVersion_IsToldItConflicts()
    {
        var author = await _scenario.Register("Author");
        var id = await ReflectionApi.Write(author, ReflectionApi.Entry("Opened twice", "v1"));
        await ReflectionApi.Write(author, ReflectionApi.Entry("Tab one", "v2", id: id, expectedVersion: 1));

        var stale = await author.Api.Post(ReflectionApi.Save, new { i = ReflectionApi.Entry("Tab two", "v2b", id: id, expectedVersion: 1) });

        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Equal("reflection.conflict", stale.ErrorCode);
        Assert.Equal("Tab one", (await ReflectionApi.Get(author, id))!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Export_HoldsEveryEntry_AsMarkdownAndJson()
    {
        var author = await _scenario.Register("Author");
        await ReflectionApi.Write(author, ReflectionApi.Entry("Home visit", "We listened **first**."));
        await ReflectionApi.Write(author, ReflectionApi.Entry("Panel day", "The panel said no."));

        var reply = (await author.Api.Post("{ md: myJournalExport(format: MARKDOWN) json: myJournalExport(format: JSON) }")).ShouldSucceed();

        var md = reply.Data!["md"]!.GetValue<string>();
        Assert.Contains("## Home visit", md, StringComparison.Ordinal);
        Assert.Contains("### So what?", md, StringComparison.Ordinal);
        Assert.Contains("We listened **first**.", md, StringComparison.Ordinal);
        var json = JsonNode.Parse(reply.Data!["json"]!.GetValue<string>())!["reflections"]!.AsArray();
        Assert.Equal(["Panel day", "Home visit"], json.Select(r => r!["title"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Delete_ThenRead_FindsNothing()
    {
        var author = await _scenario.Register("Author");
        var id = await ReflectionApi.Write(author, ReflectionApi.Entry("Gone soon", "text"));

        (await author.Api.Post("mutation($i: ReflectionIdInput!) { deleteReflection(input: $i) { deletedReflection { id } } }", new { i = new { id } })).ShouldSucceed();

        Assert.Null(await ReflectionApi.Get(author, id));
        var journal = (await author.Api.Post("{ myJournal { totalCount } }")).ShouldSucceed();
        Assert.Equal(0, journal.Data!["myJournal"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task OverlongEntry_IsRefusedWithACode_AndAMegabyteRequestCleanly()
    {
        var author = await _scenario.Register("Author");

        var overlong = await author.Api.Post(ReflectionApi.Save, new { i = ReflectionApi.Entry("Long", new string('a', Limits.ReflectionLength + 1)) });
        Assert.Equal("reflection.too-long", overlong.ErrorCode);
        var megabyte = await author.Api.Post(ReflectionApi.Save, new { i = ReflectionApi.Entry("Huge", new string('a', 1024 * 1024)) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, megabyte.Status);
        Assert.Equal("request.too-large", megabyte.ErrorCode);

        var journal = (await author.Api.Post("{ myJournal { totalCount } }")).ShouldSucceed();
        Assert.Equal(0, journal.Data!["myJournal"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt&#58;alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("**<a href=\"javascript:alert(1)\">nested</a>**")]
    public async Task HostileMarkdown_IsStoredAsWritten_ButRendersInert(string hostile)
    {
        var author = await _scenario.Register("Author");
        var id = await ReflectionApi.Write(author, ReflectionApi.Entry("Hostile", hostile));

        var section = (await ReflectionApi.Get(author, id))!["sections"]![0]!;
        Assert.Equal(hostile, section["markdown"]!.GetValue<string>());
        var html = section["html"]!.GetValue<string>();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"j", html, StringComparison.OrdinalIgnoreCase);
    }
}
