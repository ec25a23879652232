using System.Net;
using System.Text.Json.Nodes;

namespace Convening.Web.Tests.Cycles;

/// <summary>
/// Linking one's cycle to a cycle of a group where one has no standing asks that group: the link
/// waits, seen only by the two groups, until its convenor or the cycle's steward accepts or
/// declines; requests are limited so nobody fills a cycle's slots.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class LinkRequestTests(WebAppFixture app)
{
    private const string Link = "mutation($i: LinkCyclesInput!) { linkCycles(input: $i) { cycle { id } } }";

    [Fact]
    public async Task Link_WithoutStandingInTheOtherGroup_WaitsUntilItsConvenorAccepts_SeenOnlyByTheTwoGroups()
    {
        var theirs = await CycleScenario.Create(app);
        var mine = await CycleScenario.Create(app);
        var target = await theirs.StartCycle(theirs.Convenor);
        var asking = await mine.StartCycle(mine.Member, "Could we learn from another place?");

        (await mine.Member.Api.Post(Link, new { i = new { cycleId = asking, otherCycleId = target, relation = "SIBLING" } })).ShouldSucceed();

        var outgoing = Assert.Single(await Requests(mine.Member, asking));
        Assert.Equal((target, false), (outgoing!["cycle"]!["id"]!.GetValue<string>(), outgoing["incoming"]!.GetValue<bool>()));
        var incoming = Assert.Single(await Requests(theirs.Member, target));
        Assert.Equal((asking, true, "Ben"), (incoming!["cycle"]!["id"]!.GetValue<string>(), incoming["incoming"]!.GetValue<bool>(), incoming["requestedBy"]!["name"]!.GetValue<string>()));
        Assert.Empty(await Links(theirs.Convenor, target));
        foreach (var (stranger, cycle) in new[] { (theirs.Outsider, target), (mine.Outsider, asking), (theirs.Member, asking) })
            Assert.Equal("group.members-only", (await stranger.Api.Post("query($id: ID!) { cycle(id: $id) { linkRequests { incoming } } }", new { id = cycle })).ErrorCode);
        Assert.Equal("cycle.not-steward", (await theirs.Member.Api.Post("mutation($i: LinkDecisionInput!) { acceptCycleLink(input: $i) { cycle { id } } }",
            new { i = new { cycleId = target, otherCycleId = asking } })).ErrorCode);

        (await theirs.Convenor.Api.Post("mutation($i: LinkDecisionInput!) { acceptCycleLink(input: $i) { cycle { id } } }",
            new { i = new { cycleId = target, otherCycleId = asking } })).ShouldSucceed();

        Assert.Equal([asking], await Links(theirs.Convenor, target));
        Assert.Equal([target], await Links(mine.Member, asking));
        Assert.Empty(await Requests(theirs.Convenor, target));
        Assert.Empty(await Requests(mine.Member, asking));
    }

    [Fact]
    public async Task LinkRequests_AreLimited_OnePerGroupWithACycle_AndTenWaitingFromACycle()
    {
        var theirs = await CycleScenario.Create(app);
        var mine = await CycleScenario.Create(app);
        var asking = await mine.StartCycle(mine.Member, "Who else asks this?");
        var second = await mine.StartCycle(mine.Member, "And this?");
        var targets = new List<string>();
        for (var i = 0; i <= Contracts.Cycles.CycleLimits.PendingLinks; i++)
            targets.Add(await theirs.StartCycle(theirs.Convenor, $"Question {i}"));

        foreach (var target in targets.Take(Contracts.Cycles.CycleLimits.PendingLinks))
            (await mine.Member.Api.Post(Link, new { i = new { cycleId = asking, otherCycleId = target, relation = "SIBLING" } })).ShouldSucceed();
        var refused = await mine.Member.Api.Post(Link, new { i = new { cycleId = asking, otherCycleId = targets[^1], relation = "SIBLING" } });
        var again = await mine.Member.Api.Post(Link, new { i = new { cycleId = second, otherCycleId = targets[0], relation = "SIBLING" } });

        Assert.Equal("cycle.too-many-link-requests", refused.ErrorCode);
        Assert.Equal("cycle.link-already-requested", again.ErrorCode);
        Assert.Empty(await Requests(theirs.Convenor, targets[^1]));
        Assert.Single(await Requests(theirs.Convenor, targets[0]));
        Assert.Empty(await Requests(mine.Member, second));
    }

    [Fact]
    public async Task AskingByAddress_OnTheCyclePage_ShowsTheRequestWaiting_AndTheirStewardDeclinesOnTheirs()
    {
        var theirs = await CycleScenario.Create(app);
        var mine = await CycleScenario.Create(app);
        var target = await theirs.StartCycle(theirs.Member, "Where do hand-offs start?");
        var asking = await mine.StartCycle(mine.Member);
        var me = await CookieBrowser.SignedIn(app, mine.Member);

        var asked = await me.Post($"/cycles/{asking}?handler=Link", ("cycle-address", $"{app.Url}cycles/{target}"), ("relation", "Sibling"));

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Where do hand-offs start?", await me.Html($"/cycles/{asking}"));
        var steward = await CookieBrowser.SignedIn(app, theirs.Member);
        Assert.Contains("Decline<span class=\"govuk-visually-hidden\"> the link to How do we stop", await steward.Html($"/cycles/{target}"));
        var declined = await steward.Post($"/cycles/{target}?handler=DeclineLink", ("other-cycle", asking));
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Empty(await Requests(mine.Member, asking));
        Assert.Empty(await Links(theirs.Member, target));
    }

    private static async Task<JsonArray> Requests(Person viewer, string cycle) =>
        (await viewer.Api.Post("query($id: ID!) { cycle(id: $id) { linkRequests { incoming cycle { id } requestedBy { name } } } }", new { id = cycle }))
            .ShouldSucceed().Data!["cycle"]!["linkRequests"]!.AsArray();

    private static async Task<List<string>> Links(Person viewer, string cycle) =>
        [.. (await viewer.Api.Post("query($id: ID!) { cycle(id: $id) { links { cycle { id } } } }", new { id = cycle }))
            .ShouldSucceed().Data!["cycle"]!["links"]!.AsArray().Select(l => l!["cycle"]!["id"]!.GetValue<string>())];
}
