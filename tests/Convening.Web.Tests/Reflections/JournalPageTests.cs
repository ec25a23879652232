using System.Net;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests.Reflections;

/// <summary>The journal pages as a practitioner without JavaScript uses them.</summary>
[Collection(SecondWebCollection.Name)]
public sealed partial class JournalPageTests(WebAppFixture app)
{
    [Fact]
    public async Task SaveFromAStaleTab_IsToldItConflicts_AndKeepsBothVersionsInView()
    {
        var me = await FormBrowser.SignedUp(app, "Asha");
        var id = await Write(me, "Home visit", "We listened first.");
        var tabOne = await me.Open($"/journal/write/{id}");
        var tabTwo = await me.Open($"/journal/write/{id}");

        var first = await me.Submit($"/journal/write/{id}", tabOne, Fields("Home visit", "Tab one words", version: 1));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var second = await me.Submit($"/journal/write/{id}", tabTwo, Fields("Home visit", "Tab two words", version: 1));
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("What was saved elsewhere (version 2)", html, StringComparison.Ordinal);
        Assert.Contains("Tab one words", html, StringComparison.Ordinal);
        Assert.Contains(">Tab two words</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Tab one words", await me.Http.GetStringAsync($"/journal/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Autosave_AnswersJson_AndAStaleAutosaveConflicts()
    {
        var me = await FormBrowser.SignedUp(app, "Asha");
        var token = await me.Open("/journal/write");

        var first = await me.Submit("/journal/write?handler=autosave", token, Fields("Draft", "Typing"));
        var saved = System.Text.Json.Nodes.JsonNode.Parse(await first.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(1, saved["version"]!.GetValue<int>());
        var id = saved["id"]!.GetValue<string>();
        var stale = await me.Submit($"/journal/write/{id}?handler=autosave", token, Fields("Draft", "From another tab"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("reflection.conflict", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(">Typing</textarea>", await me.Http.GetStringAsync($"/journal/write/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateEntryPage_IsNotFoundForSomeoneElse()
    {
        var author = await FormBrowser.SignedUp(app, "Asha");
        var other = await FormBrowser.SignedUp(app, "Ben");
        var id = await Write(author, "Private page", "Only mine.");

        foreach (var path in new[] { $"/journal/{id}", $"/journal/write/{id}", $"/journal/{id}/delete" })
        {
            var response = await other.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Only mine.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Private page", await other.Http.GetStringAsync("/journal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_ThroughTheConfirmationPage_RemovesTheEntry()
    {
        var me = await FormBrowser.SignedUp(app, "Asha");
        var id = await Write(me, "Short-lived", "Soon gone.");

        var response = await me.Post($"/journal/{id}/delete", $"/journal/{id}/delete");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.Http.GetAsync($"/journal/{id}")).StatusCode);
        Assert.DoesNotContain("Short-lived", await me.Http.GetStringAsync("/journal"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostileMarkdown_OnTheEntryPage_IsInert()
    {
        var me = await FormBrowser.SignedUp(app, "Asha");
        var id = await Write(me, "Hostile", "<script>alert('x')</script> <img src=x onerror=alert(1)> [click](javascript:alert(1))");

        var html = await me.Http.GetStringAsync($"/journal/{id}");
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

        Assert.DoesNotContain("<script", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", main, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyEntry_ShowsTheErrorOnTheFirstAnswer()
    {
        var me = await FormBrowser.SignedUp(app, "Asha");
        var response = await me.Post("/journal/write", "/journal/write", Fields("Nothing yet", ""));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#section-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"section-1-error\"", html, StringComparison.Ordinal);
    }

    private static (string, string)[] Fields(string title, string answer, int version = 0) =>
        [("title", title), ("structure", "WhatSoWhatNowWhat"), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         ("section", answer), ("section", ""), ("section", ""), ("themes", "housing"), ("visibility", "Private")];

    private static async Task<string> Write(FormBrowser browser, string title, string answer)
    {
        var response = await browser.Post("/journal/write", "/journal/write", Fields(title, answer));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value;
    }

    [GeneratedRegex("/journal/([0-9a-f]{32})$")]
    private static partial Regex IdPattern();
}
