using Convening.Web.Markdown;

namespace Convening.Web.Tests;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java&#x09;script:alert(1))")]
    [InlineData("[click](&#106;avascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    public void DangerousMarkdown_RendersInert(string markdown)
    {
        var html = SafeMarkdown.Render(markdown).ToString()!;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[^>]+\son\w+\s*=", html);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"&", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SafeLinksAndFormatting_AreKept()
    {
        var html = SafeMarkdown.Render("**Strengths** first: see [the report](https://example.org/report) or <mailto:hello@example.org>").ToString()!;
        Assert.Contains("<strong>Strengths</strong>", html);
        Assert.Contains("href=\"https://example.org/report\"", html);
        Assert.Contains("href=\"mailto:hello@example.org\"", html);
    }

    [Theory]
    [InlineData("![pixel](https://tracker.example.net/p.gif)", "pixel")]
    [InlineData("![](http://tracker.example.net/p.gif)", "http://tracker.example.net/p.gif")]
    [InlineData("![pixel](//tracker.example.net/p.gif)", null)]
    public void ImageFromAnotherHost_IsALinkNotAnImage(string markdown, string? text)
    {
        var html = SafeMarkdown.Render(markdown).ToString()!;
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        if (text is not null)
            Assert.Contains($">{text}</a>", html);
    }

    [Fact]
    public void ImageOnThisSite_IsShown()
    {
        var html = SafeMarkdown.Render("![Our logo](/images/logo.png)").ToString()!;
        Assert.Contains("<img src=\"/images/logo.png\"", html);
    }
}
