using System.Net;
using System.Text.Json.Nodes;
using Convening.Web.Tests.OrganisationDirectory.Hsds;
using Convening.Web.Tests.Reflections;
using static Convening.Web.Tests.OrganisationDirectory.DirectoryApi;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>
/// Drafts of directory entries: saved without being sent, seen by their submitter alone (not other
/// people, not moderators, not search or the Open Referral feed) until sent, and gone once deleted.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class DirectoryDraftTests(WebAppFixture app)
{
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task Draft_IsSeenByItsSubmitterAlone_NotByOthersModeratorsSearchOrTheFeed_UntilSent()
    {
        var (submitter, other, moderator) = (await _scenario.Register("Dee"), await _scenario.Register("Oki"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var word = Word();
        // Saved before it is complete: no description, places or practice yet.
        var incomplete = new Dictionary<string, object?>(Content(place, $"Draft {word} club", description: ""))
        {
            ["places"] = Array.Empty<string>(),
            ["approaches"] = new[] { new { approach = "strengths-based", practice = "", evidence = "" } },
        };
        var saved = await SaveDraft(submitter, incomplete, requestId: Guid.NewGuid().ToString());
        var id = saved["id"]!.GetValue<string>();
        Assert.Equal(("DRAFT", $"Draft {word} club"), (saved["status"]!.GetValue<string>(), saved["draft"]!["name"]!.GetValue<string>()));

        await NobodyElseSees(id, word, other, moderator);
        var own = await (await CookieBrowserSession.SignIn(app, submitter)).Html($"/directory/organisations/{id}");
        Assert.Contains("Draft: not sent for review", own, StringComparison.Ordinal);
        Assert.Contains($"Draft {word} club", Section(await (await CookieBrowserSession.SignIn(app, submitter)).Html("/directory/mine"), "drafts"), StringComparison.Ordinal);
        Assert.DoesNotContain(word, await (await CookieBrowserSession.SignIn(app, other)).Html("/directory/mine"), StringComparison.Ordinal);
        Assert.Contains(await MyEntries(submitter), e => e!["id"]!.GetValue<string>() == id && e["hasDraft"]!.GetValue<bool>() && e["status"]!.GetValue<string>() == "DRAFT");
        Assert.DoesNotContain(await MyEntries(other), e => e!["id"]!.GetValue<string>() == id);
        Assert.Equal("organisation.not-found", (await TrySend(other, id)).ErrorCode);

        // Sending checks it in full; the draft stays a draft until it passes.
        Assert.Equal("description.empty", (await TrySend(submitter, id)).ErrorCode);
        await NobodyElseSees(id, word, other, moderator);
        await SaveDraft(submitter, Content(place, $"Draft {word} club"), id: id);
        var sent = (await TrySend(submitter, id)).ShouldSucceed().Data!["sendOrganisationDraft"]!["organisation"]!;

        Assert.Equal("SUBMITTED", sent["status"]!.GetValue<string>());
        Assert.Null(sent["draft"]);
        Assert.Equal($"Draft {word} club", (await Organisation(moderator.Api, id))!["pending"]!["name"]!.GetValue<string>());
        Assert.Contains(id, await Queue(moderator));
        Assert.Null(await Organisation(other.Api, id));
    }

    [Fact]
    public async Task DeletedDraft_IsGoneForEveryone_AndADraftChangeToAPublishedEntry_StaysItsEditorsUntilSent()
    {
        var (submitter, other, moderator) = (await _scenario.Register("Bea"), await _scenario.Register("Cal"), await Moderator(app));
        var place = await Scenario.CreatePlace(submitter);
        var word = Word();
        var id = (await SaveDraft(submitter, Content(place, $"Gone {word}")))["id"]!.GetValue<string>();

        (await submitter.Api.Post("mutation($i: OrganisationIdInput!) { withdrawOrganisation(input: $i) { organisation { id status } } }", new { i = new { id } })).ShouldSucceed();

        foreach (var viewer in new[] { submitter, other, moderator })
        {
            Assert.Null(await Organisation(viewer.Api, id));
            Assert.Equal(HttpStatusCode.NotFound, (await (await CookieBrowserSession.SignIn(app, viewer)).Http.GetAsync($"/directory/organisations/{id}")).StatusCode);
        }
        Assert.DoesNotContain(await MyEntries(submitter), e => e!["id"]!.GetValue<string>() == id);
        Assert.Equal("organisation.not-found", (await TrySaveDraft(submitter, Content(place, $"Gone {word}"), id)).ErrorCode);

        var published = await Published(submitter, moderator, Content(place, $"Kept {word}"));
        var renamed = Word();
        var change = await SaveDraft(submitter, Content(place, $"Renamed {renamed}"), id: published);

        Assert.Equal(("PUBLISHED", $"Renamed {renamed}"), (change["status"]!.GetValue<string>(), change["current"]!["name"]!.GetValue<string>()));
        foreach (var client in new[] { app.GraphQL(), other.Api, moderator.Api })
        {
            var seen = (await Organisation(client, published))!;
            Assert.Equal($"Kept {word}", seen["current"]!["name"]!.GetValue<string>());
            Assert.Null(seen["draft"]);
        }
        Assert.Equal(0, (await Search(app.GraphQL(), new { text = renamed }))["totalCount"]!.GetValue<int>());
        Assert.Contains($"Kept {word}", await new HttpClient { BaseAddress = app.Url }.GetStringAsync($"/hsds/organizations/{published}"), StringComparison.Ordinal);
        Assert.DoesNotContain(published, await Queue(moderator));
        Assert.Equal("organisation.not-an-editor", (await TrySaveDraft(other, Content(place, "Taken over"), published)).ErrorCode);

        (await TrySend(submitter, published)).ShouldSucceed();
        Assert.Equal($"Renamed {renamed}", (await Organisation(moderator.Api, published))!["pending"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task DraftThroughTheForm_SavedIncomplete_ListedInYourEntries_ChangedAndSent_WithoutJavaScript()
    {
        var browser = await FormBrowser.SignedUp(app, "Noor");
        var place = (await browser.GraphQL("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }",
            new { i = new { name = "Draftfield " + Guid.NewGuid().ToString("N")[..6] } }))["createPlace"]!["place"]!["slug"]!.GetValue<string>();
        var name = $"Form draft {Word()}";

        var saved = await browser.Post("/directory/submit", "/directory/submit", ("name", name), ("kind", "Charity"), ("description", ""), ("draft", "true"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var path = saved.Headers.Location!.ToString();
        Assert.Contains("Draft: not sent for review", await browser.Http.GetStringAsync(path), StringComparison.Ordinal);
        var mine = await browser.Http.GetStringAsync("/directory/mine");
        Assert.Contains(name, Section(mine, "drafts"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{path}/edit\"", mine, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await new HttpClient { BaseAddress = app.Url }.GetAsync(path)).StatusCode);

        var refused = await browser.Post(path, path + "?handler=send");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Enter the description", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var edited = await browser.Post(path + "/edit", path + "/edit",
            ("name", name), ("kind", "Charity"), ("description", "Tea and talk."), ("places", place), ("people", "everyone"),
            ("assessment[own-strengths]", "Mostly"), ("assessment[relationships-context]", "Sometimes"), ("assessment[co-produce]", "NotYet"), ("assessment[services-change]", "Always"),
            ("draft", "true"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var sent = await browser.Post(path, path + "?handler=send");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Waiting for review", await browser.Http.GetStringAsync(path), StringComparison.Ordinal);
        mine = await browser.Http.GetStringAsync("/directory/mine");
        Assert.Contains(name, Section(mine, "waiting"), StringComparison.Ordinal);
        Assert.DoesNotContain(name, Section(mine, "drafts"), StringComparison.Ordinal);
    }

    /// <summary>An outsider, another person and a moderator find no trace of the entry: GraphQL, pages, search, the feed, the queue.</summary>
    private async Task NobodyElseSees(string id, string word, Person other, Person moderator)
    {
        Assert.Null(await Organisation(app.GraphQL(), id));
        Assert.Null(await Organisation(other.Api, id));
        Assert.Null(await Organisation(moderator.Api, id));
        var anonymous = new HttpClient { BaseAddress = app.Url };
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/directory/organisations/{id}")).StatusCode);
        foreach (var person in new[] { other, moderator })
            Assert.Equal(HttpStatusCode.NotFound, (await (await CookieBrowserSession.SignIn(app, person)).Http.GetAsync($"/directory/organisations/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await CookieBrowserSession.SignIn(app, moderator)).Http.GetAsync($"/directory/organisations/{id}/review")).StatusCode);
        Assert.Equal(0, (await Search(moderator.Api, new { text = word }))["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/hsds/organizations/{id}")).StatusCode);
        Assert.DoesNotContain(word, await anonymous.GetStringAsync($"/hsds/organizations?search={word}"), StringComparison.Ordinal);
        Assert.DoesNotContain(id, await Queue(moderator));
    }

    private const string Fields = "id status current { name } draft { name } draftSavedAt";

    private static Task<Reply> TrySaveDraft(Person who, Dictionary<string, object?> content, string? id = null, string? requestId = null) =>
        who.Api.Post($"mutation($i: SaveOrganisationDraftInput!) {{ saveOrganisationDraft(input: $i) {{ organisation {{ {Fields} }} }} }}",
            new { i = new Dictionary<string, object?>(content) { ["id"] = id, ["requestId"] = requestId } });

    private static async Task<JsonNode> SaveDraft(Person who, Dictionary<string, object?> content, string? id = null, string? requestId = null) =>
        (await TrySaveDraft(who, content, id, requestId)).ShouldSucceed().Data!["saveOrganisationDraft"]!["organisation"]!;

    private static Task<Reply> TrySend(Person who, string id) =>
        who.Api.Post($"mutation($i: OrganisationIdInput!) {{ sendOrganisationDraft(input: $i) {{ organisation {{ {Fields} }} }} }}", new { i = new { id } });

    private static async Task<JsonArray> MyEntries(Person who) =>
        (await who.Api.Post("{ myDirectoryEntries { id name status hasDraft waiting sentBack lastComment { text } } }")).ShouldSucceed().Data!["myDirectoryEntries"]!.AsArray();

    /// <summary>Every id in the moderation queue, page by page.</summary>
    private static async Task<List<string>> Queue(Person moderator)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = (await moderator.Api.Post("query($after: String) { directoryModerationQueue(first: 100, after: $after) { nodes { id } endCursor hasNextPage } }", new { after }))
                .ShouldSucceed().Data!["directoryModerationQueue"]!;
            ids.AddRange(page["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
            after = page["hasNextPage"]!.GetValue<bool>() ? page["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return ids;
    }

    internal static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {id}");
        var end = html.IndexOf("<h2", start + 1, StringComparison.Ordinal);
        return html[start..(end < 0 ? html.Length : end)];
    }
}
