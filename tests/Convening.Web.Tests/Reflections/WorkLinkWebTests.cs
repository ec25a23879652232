using System.Net;
using Convening.Web.Tests.Cycles;

namespace Convening.Web.Tests.Reflections;

/// <summary>Reflections and principles pointing at a learning cycle or experiment, through GraphQL and the pages.</summary>
[Collection(SecondWebCollection.Name)]
public sealed class WorkLinkWebTests(WebAppFixture app)
{
    private const string SaveWithLink = "mutation($i: SaveReflectionInput!) { saveReflection(input: $i) { reflection { id link { cycleId experimentId path } } } }";

    [Fact]
    public async Task Reflection_LinkedToAnExperiment_ShowsTheLink_AndOutsidersCannotLinkTheCycle()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Member);
        var experimentId = (await s.Member.Api.Post("mutation($i: AddExperimentInput!) { addExperiment(input: $i) { experiment { id } } }",
            new { i = new { cycleId, plan = new { change = "Named worker", prediction = "Fewer hand-offs" } } })).ShouldSucceed()
            .Data!["addExperiment"]!["experiment"]!["id"]!.GetValue<string>();

        var saved = (await s.Member.Api.Post(SaveWithLink, new { i = Linked("Tried a named worker", cycleId, experimentId) })).ShouldSucceed()
            .Data!["saveReflection"]!["reflection"]!;
        var refused = await s.Outsider.Api.Post(SaveWithLink, new { i = Linked("Not my cycle", cycleId, null) });

        var path = $"/cycles/{cycleId}#experiment-{experimentId}";
        Assert.Equal(path, saved["link"]!["path"]!.GetValue<string>());
        Assert.Equal("reflection.link-not-visible", refused.ErrorCode);
        var page = await (await CookieBrowser.SignedIn(app, s.Member)).Html($"/journal/{saved["id"]!.GetValue<string>()}");
        Assert.Contains($"href=\"{path}\"", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"experiment-{experimentId}\"", await (await CookieBrowser.SignedIn(app, s.Observer)).Html($"/cycles/{cycleId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrincipleEvidence_CitingACycle_LinksToIt_AndACycleElsewhereIsRefused()
    {
        var s = await CycleScenario.Create(app);
        var cycleId = await s.StartCycle(s.Convenor);
        var elsewhere = await CycleScenario.Create(app);
        var hidden = await elsewhere.StartCycle(elsewhere.Convenor);
        const string draft = "mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id evidence { kind cyclePath } } } }";

        var refused = await s.Convenor.Api.Post(draft, new { i = new { placeSlug = s.PlaceSlug, statement = "Name one worker", evidence = new[] { new { kind = "CYCLE", reference = hidden } } } });
        var principle = (await s.Convenor.Api.Post(draft, new { i = new { placeSlug = s.PlaceSlug, statement = "Name one worker", evidence = new[] { new { kind = "CYCLE", reference = cycleId } } } }))
            .ShouldSucceed().Data!["draftPrinciple"]!["principle"]!;

        Assert.Equal("principle.evidence-not-visible", refused.ErrorCode);
        Assert.Equal($"/cycles/{cycleId}", principle["evidence"]![0]!["cyclePath"]!.GetValue<string>());
        var page = await (await CookieBrowser.SignedIn(app, s.Convenor)).Html($"/principles/{principle["id"]!.GetValue<string>()}");
        Assert.Contains($"href=\"/cycles/{cycleId}\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteForm_TakesAPastedCycleAddress_KeepsItOnEdit_AndShowsARefusalOnTheField()
    {
        var me = await FormBrowser.SignedUp(app, "Asha");
        var slug = (await me.GraphQL("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }", new { i = new { name = "Place " + Guid.NewGuid().ToString("N")[..8] } }))["createPlace"]!["place"]!["slug"]!.GetValue<string>();
        var group = (await me.GraphQL("mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }", new { i = new { placeSlug = slug, name = "Housing", purpose = "" } }))["conveneGroup"]!["group"]!["id"]!.GetValue<string>();
        var cycleId = (await me.GraphQL("mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { id } } }", new { i = new { groupId = group, question = "Why so many hand-offs?", purpose = "Fewer", peopleInvolved = "Us" } }))["startCycle"]!["cycle"]!["id"]!.GetValue<string>();

        var saved = await me.Post("/journal/write", "/journal/write", Form("Linked", $"https://convening.example/cycles/{cycleId}"));
        var refused = await me.Post("/journal/write", "/journal/write", Form("Not linked", $"/cycles/{Guid.NewGuid():N}"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = saved.Headers.Location!.ToString();
        Assert.Contains($"href=\"/cycles/{cycleId}\"", await me.Http.GetStringAsync(entry), StringComparison.Ordinal);
        Assert.Contains($"value=\"/cycles/{cycleId}\"", await me.Http.GetStringAsync(entry.Replace("/journal/", "/journal/write/", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("href=\"#cycle\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static (string, string)[] Form(string title, string cycle) =>
        [("title", title), ("structure", "FreeText"), ("version", "0"), ("section", "What happened"), ("themes", ""), ("visibility", "Private"), ("cycle", cycle)];

    private static object Linked(string title, string cycleId, string? experimentId) =>
        new { expectedVersion = 0, title, structure = "FREE_TEXT", sections = new[] { "What happened" }, themes = Array.Empty<string>(), visibility = "PRIVATE", cycleId, experimentId };
}
