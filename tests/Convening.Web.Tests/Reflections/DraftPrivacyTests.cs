using System.Net;
using Convening.Web.Tests.Cycles;

namespace Convening.Web.Tests.Reflections;

/// <summary>Autosave keeps a draft for its author alone until Save; a shared entry names who it is shared with.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class DraftPrivacyTests(WebAppFixture app)
{
    [Fact]
    public async Task AutosavedDraft_SharedWithAGroup_IsInvisibleToTheGroup_UntilTheAuthorSaves_ThenNamesTheGroup()
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Convenor");
        var author = await scenario.Register("Author");
        var observer = await scenario.Register("Observer");
        var group = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor), "Housing and health together");
        await Scenario.Join(convenor, group, author);
        await Scenario.Join(convenor, group, observer, "OBSERVER");
        var marker = "dr" + Guid.NewGuid().ToString("N")[..10];
        var browser = await CookieBrowser.SignedIn(app, author);

        var autosaved = await browser.Post("/journal/write?handler=autosave", Fields("Half-written " + marker, group, version: 0));
        Assert.Equal(HttpStatusCode.OK, autosaved.StatusCode);
        var id = System.Text.Json.Nodes.JsonNode.Parse(await autosaved.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();

        foreach (var reader in new[] { observer, convenor })
        {
            var list = await reader.Api.Post("query($g: String!) { groupReflections(groupId: $g, first: 50) { nodes { title } } }", new { g = group });
            Assert.DoesNotContain(marker, list.Json!.ToJsonString(), StringComparison.Ordinal);
            Assert.Null((await reader.Api.Post("query($id: ID!) { reflection(id: $id) { title } }", new { id })).ShouldSucceed().Data!["reflection"]);
        }
        var observerPage = await (await CookieBrowser.SignedIn(app, observer)).Html($"/groups/{group}/reflections");
        Assert.DoesNotContain(marker, observerPage, StringComparison.Ordinal);
        var mine = (await author.Api.Post("query($id: ID!) { reflection(id: $id) { title isDraft } }", new { id })).ShouldSucceed().Data!["reflection"]!;
        Assert.True(mine["isDraft"]!.GetValue<bool>());
        Assert.Contains("Nobody else can see it until you save it", await browser.Html($"/journal/{id}"), StringComparison.Ordinal);

        var saved = await browser.Post($"/journal/write/{id}", Fields("Shared " + marker, group, version: 1));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var seen = (await observer.Api.Post("query($id: ID!) { reflection(id: $id) { title sharedWith isDraft } }", new { id })).ShouldSucceed().Data!["reflection"]!;
        Assert.Equal(("Shared " + marker, "Housing and health together", false),
            (seen["title"]!.GetValue<string>(), seen["sharedWith"]!.GetValue<string>(), seen["isDraft"]!.GetValue<bool>()));
        Assert.Contains("Members of the group Housing and health together", await browser.Html($"/journal/{id}"), StringComparison.Ordinal);
    }

    private static (string, string)[] Fields(string title, string groupId, int version) =>
        [("title", title), ("structure", "WhatSoWhatNowWhat"), ("version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
         ("section", "What happened"), ("section", ""), ("section", ""), ("themes", "housing"), ("visibility", "Group"), ("group", groupId)];
}
