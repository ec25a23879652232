using System.Net;
using System.Text.RegularExpressions;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.Cycles;

/// <summary>A cycle that reaches Share leads somewhere: a principle drafted from it, and the next cycle.</summary>
[Collection(SecondWebCollection.Name)]
public sealed partial class ShareStageTests(WebAppFixture app)
{
    [Fact]
    public async Task ShareStage_OffersAPrincipleWithTheCycleAsEvidence_AndTheNextCycleLinkedToIt()
    {
        var team = await CycleScenario.Create(app);
        var cycleId = await team.StartCycle(team.Convenor);
        foreach (var stage in new[] { "PLAN", "TRY", "REFLECT", "SHARE" })
            (await team.Convenor.Api.Post("mutation($i: MoveStageInput!) { moveStage(input: $i) { cycle { id } } }", new { i = new { cycleId, stage } })).ShouldSucceed();
        (await team.Convenor.Api.Post("mutation($i: RecordStageOutputInput!) { recordStageOutput(input: $i) { cycle { id } } }",
            new { i = new { cycleId, stage = "SHARE", output = "Ask young people **once**." } })).ShouldSucceed();
        using var browser = await FormClient.SignedIn(app.Url, team.Convenor);

        var cycle = WebUtility.HtmlDecode(await browser.Text($"/cycles/{cycleId}"));
        var principleLink = HrefPattern("/principles/new").Match(cycle).Groups[1].Value;
        var nextLink = HrefPattern($"/groups/{team.GroupId}/cycles/new").Match(cycle).Groups[1].Value;
        Assert.Contains($"cycle={cycleId}", principleLink, StringComparison.Ordinal);
        Assert.Contains($"after={cycleId}", nextLink, StringComparison.Ordinal);

        var draft = await browser.Text(principleLink);
        Assert.Contains($"/cycles/{cycleId}</textarea>", draft, StringComparison.Ordinal);
        Assert.Contains("Ask young people **once**.</textarea>", draft, StringComparison.Ordinal);
        var drafted = await browser.Post(principleLink, "/principles/new", ("place", team.PlaceSlug), ("statement", "Ask once"), ("practice", ""), ("themes", ""), ("evidence", $"/cycles/{cycleId}"));
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        Assert.Contains($"/cycles/{cycleId}", await browser.Text(drafted.Headers.Location!.ToString()), StringComparison.Ordinal);

        Assert.Contains("It follows on from", await browser.Text(nextLink), StringComparison.Ordinal);
        var started = await browser.Post(nextLink, $"/groups/{team.GroupId}/cycles/new", ("after", cycleId), ("question", "How do we ask only once?"), ("purpose", ""), ("people-involved", ""));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var next = started.Headers.Location!.ToString().Split('/')[^1];
        var links = (await team.Convenor.Api.Post("query($id: ID!) { cycle(id: $id) { links { relation cycle { id } } } }", new { id = next })).ShouldSucceed();
        var link = Assert.Single(links.Data!["cycle"]!["links"]!.AsArray());
        Assert.Equal((cycleId, "FED_BY"), (link!["cycle"]!["id"]!.GetValue<string>(), link["relation"]!.GetValue<string>()));
    }

    private static Regex HrefPattern(string start) => new($"href=\"({Regex.Escape(start)}[^\"]*)\"");
}
