using System.Net;
using Convening.Web.Tests.Cycles;

namespace Convening.Web.Tests.Places;

/// <summary>Stewards' work on the place page, as plain forms that need no JavaScript.</summary>
[Collection(WebCollection.Name)]
public sealed class StewardPageTests(WebAppFixture app)
{
    [Fact]
    public async Task Steward_SeesAGroupRequest_AndApprovesIt_OthersSeeNeitherTheRequestNorTheButtons()
    {
        var scenario = new Scenario(app);
        var steward = await scenario.Register("Stella");
        var asker = await scenario.Register("Asker");
        var slug = await Scenario.CreatePlace(steward);
        var group = await Scenario.Convene(asker, slug, "Waiting to be welcomed");
        var stewardBrowser = await CookieBrowser.SignedIn(app, steward);
        var askerBrowser = await CookieBrowser.SignedIn(app, asker);

        var askerView = await askerBrowser.Html($"/places/{slug}");
        Assert.DoesNotContain("Groups waiting for your approval", askerView, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting to be welcomed", askerView, StringComparison.Ordinal);
        Assert.Contains("Stella", askerView, StringComparison.Ordinal);
        Assert.Contains("Waiting for a steward", await askerBrowser.Html($"/groups/{group}"), StringComparison.Ordinal);
        var stewardView = await stewardBrowser.Html($"/places/{slug}");
        Assert.Contains("Groups waiting for your approval", stewardView, StringComparison.Ordinal);
        Assert.Contains("Approve<span class=\"govuk-visually-hidden\"> Waiting to be welcomed</span>", stewardView, StringComparison.Ordinal);

        var forged = await askerBrowser.Post($"/places/{slug}?handler=Approve", ("group", group));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var approved = await stewardBrowser.Post($"/places/{slug}?handler=Approve", ("group", group));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var after = await askerBrowser.Html($"/places/{slug}");
        Assert.Contains($"href=\"/groups/{group}\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Waiting for a steward", await askerBrowser.Html($"/groups/{group}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Steward_AppointsAMemberOfAnApprovedGroup_AndTheLastStewardCannotBeRemoved()
    {
        var scenario = new Scenario(app);
        var steward = await scenario.Register("Stella");
        var member = await scenario.Register("Marek");
        var slug = await Scenario.CreatePlace(steward);
        var group = await Scenario.Convene(steward, slug);
        await Scenario.Join(steward, group, member);
        var browser = await CookieBrowser.SignedIn(app, steward);

        var last = await browser.Post($"/places/{slug}?handler=RemoveSteward", ("person", steward.Id));
        Assert.Equal(HttpStatusCode.Conflict, last.StatusCode);
        Assert.Contains("needs at least one steward", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains($"<option value=\"{member.Id}\"", await browser.Html($"/places/{slug}"), StringComparison.Ordinal);
        var appointed = await browser.Post($"/places/{slug}?handler=Appoint", ("person", member.Id));
        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);
        var stewards = (await member.Api.Post("query($s: String!) { place(slug: $s) { isSteward stewards { displayName } } }", new { s = slug })).ShouldSucceed().Data!["place"]!;
        Assert.True(stewards["isSteward"]!.GetValue<bool>());
        Assert.Equal(["Stella", "Marek"], stewards["stewards"]!.AsArray().Select(s => s!["displayName"]!.GetValue<string>()));

        var removed = await browser.Post($"/places/{slug}?handler=RemoveSteward", ("person", steward.Id));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.Post($"/places/{slug}?handler=Edit", ("name", "Taken over"), ("purpose", ""))).StatusCode);
    }
}
