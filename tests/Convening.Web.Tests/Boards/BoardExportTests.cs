using System.Net;
using Convening.Contracts.Boards;
using Convening.Testing.Boards;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Boards;

/// <summary>A board downloaded as Markdown or CSV: what the person may see, safe to open in a spreadsheet.</summary>
[Collection(WebCollection.Name)]
public sealed class BoardExportTests(WebAppFixture app)
{
    [Fact]
    public async Task Export_GivesTheBoardAsMarkdownAndCsv_WithoutOthersPrivateCards()
    {
        var s = await BoardScenario.Create(app);
        await using var ann = await new BoardWatcher(app.Url, s.Convenor.Token).Connect();
        await using var ben = await new BoardWatcher(app.Url, s.Member.Token).Connect();
        await ann.Join(s.BoardId);
        await ben.Join(s.BoardId);
        await ann.Do(s.BoardId, new AddCard(s.FirstLaneId, "Families repeat their story,\n\"every time\""));
        await ann.Do(s.BoardId, new AddCard(s.SecondLaneId, "=HYPERLINK(\"http://evil.example\")"));
        await ann.Do(s.BoardId, new StartPrivateWriting());
        await ben.Do(s.BoardId, new AddCard(s.FirstLaneId, "Ben's private thought"));

        using var browser = await FormClient.SignedIn(app.Url, s.Convenor);
        var markdown = await browser.Get($"/boards/{s.BoardId}?handler=Export&format=md");
        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType!.MediaType);
        var md = await markdown.Content.ReadAsStringAsync();
        Assert.Contains("## What we notice", md);
        Assert.Contains("- Families repeat their story,\n  \"every time\"", md);
        Assert.DoesNotContain("private thought", md);

        var csv = await (await browser.Get($"/boards/{s.BoardId}?handler=Export&format=csv")).Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("lane,position,text,author,colour,votes,comments,created_at,cluster", lines[0]);
        Assert.StartsWith("What we notice,1,\"Families repeat their story,\n\"\"every time\"\"\",", csv.Split("\r\n")[1]);
        Assert.Contains("What we'll try,1,\"'=HYPERLINK(\"\"http://evil.example\"\")\",", csv);
        Assert.DoesNotContain("private thought", csv);

        using var member = await FormClient.SignedIn(app.Url, s.Member);
        Assert.Contains("private thought", await member.Text($"/boards/{s.BoardId}?handler=Export&format=csv"));
    }

    [Fact]
    public async Task Export_ByAnOutsider_IsRefused()
    {
        var s = await BoardScenario.Create(app);
        using var outsider = await FormClient.SignedIn(app.Url, s.Outsider);
        var reply = await outsider.Get($"/boards/{s.BoardId}?handler=Export&format=csv");
        Assert.Equal(HttpStatusCode.Forbidden, reply.StatusCode);
    }
}
