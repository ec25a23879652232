using System.Net;
using System.Text.RegularExpressions;
using Convening.Web.Tests.Gatherings;

namespace Convening.Web.Tests.LifePictures;

/// <summary>
/// The life-picture pages end to end without JavaScript: a practitioner records a picture on the
/// task list (consent first) and checks their answers, gives the person their code; the person
/// claims, corrects and withdraws it; a practitioner who leaves the place loses it at once; a
/// steward's price that makes no sense is refused in plain words.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed partial class PictureFormJourneyTests(WebAppFixture app)
{
    private const string Words = "Singing in the choir at Boston Stump on Thursdays";

    [Fact]
    public async Task TaskList_RecordClaimCorrectWithdraw_WorksWithoutJavaScript()
    {
        var scenario = new Scenario(app);
        var steward = await scenario.Register("Steward");
        var practitioner = await scenario.Register("Practitioner");
        var colleague = await scenario.Register("Colleague");
        var person = await scenario.Register("Person");
        var slug = await Scenario.CreatePlace(steward);
        var group = await Scenario.Convene(steward, slug, "Good lives practitioners");
        await Scenario.Join(steward, group, practitioner);
        await Scenario.Join(steward, group, colleague);
        using var p = await FormClient.SignedIn(app.Url, practitioner);

        using var started = await p.Post("/life-pictures/new", "/life-pictures/new", ("place", slug));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var edit = started.Headers.Location!.OriginalString;
        var id = IdPattern().Match(edit).Groups[1].Value;
        var tasks = await p.Text(edit);
        Assert.Contains("Cannot start yet", tasks, StringComparison.Ordinal);
        using (var early = await p.Get($"/life-pictures/{id}/edit/about?place={slug}"))
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);

        // Consent first: without the tick nothing is kept, and the error says what to do.
        using (var refused = await p.Post(edit, $"/life-pictures/{id}/edit/consent?place={slug}", ("counts", "yes")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Tick the box to say the person agreed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await Saved(p, edit, $"/life-pictures/{id}/edit/consent?place={slug}", ("consent", "yes"), ("counts", "yes"));
        var list = $"/life-pictures/{id}/edit";
        await Saved(p, list, $"{list}/about", ("known-as", "Sam Ollerton"), ("what-matters", Words));
        using (var bad = await p.Post(list, $"{list}/area-home", ("goals", "Stay near my sister")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("Say whether the support they have matches", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await Saved(p, list, $"{list}/area-home", ("goals", "Stay near my sister"), ("current-support", "Home care twice a day"), ("match", "partly"), ("missing", "Help at weekends"));
        Assert.Contains("Completed", await p.Text(list), StringComparison.Ordinal);
        var check = await p.Text($"/life-pictures/{id}/check");
        Assert.Contains(Words, check, StringComparison.Ordinal);
        Assert.Contains("Help at weekends", check, StringComparison.Ordinal);
        await Saved(p, $"/life-pictures/{id}/check", $"/life-pictures/{id}/check");
        Assert.Contains(Words, await p.Text($"/life-pictures/{id}"), StringComparison.Ordinal);

        // The code is shown once on the page; the person types it on the claim page.
        using var code = await p.Post($"/life-pictures/{id}/share", $"/life-pictures/{id}/share?handler=Code");
        var secret = CodePattern().Match(await code.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.Equal(64, secret.Length);
        await Saved(p, $"/life-pictures/{id}/share", $"/life-pictures/{id}/share?handler=Add", ("person", colleague.Id));

        using var me = await FormClient.SignedIn(app.Url, person);
        using (var wrong = await me.Post($"/life-pictures/{id}/claim", $"/life-pictures/{id}/claim", ("code", new string('0', 64))))
        {
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
            Assert.Contains("Ask your practitioner for a new one", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await Saved(me, $"/life-pictures/{id}/claim", $"/life-pictures/{id}/claim", ("code", secret));
        await Saved(me, $"{list}/about", $"{list}/about", ("known-as", "Sam Ollerton"), ("what-matters", Words + ", and the tea after"));
        await Saved(me, $"/life-pictures/{id}/check", $"/life-pictures/{id}/check");
        var mine = await me.Text($"/life-pictures/{id}");
        Assert.Contains("and the tea after", mine, StringComparison.Ordinal);
        Assert.Contains("Corrected the picture", mine, StringComparison.Ordinal);

        // The practitioner leaves the place's only group: at once they cannot open it; the person and the colleague still can.
        (await practitioner.Api.Post("mutation($i: LeaveGroupInput!) { leaveGroup(input: $i) { group { id } } }", new { i = new { groupId = group } })).ShouldSucceed();
        using (var gone = await p.Get($"/life-pictures/{id}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, gone.StatusCode);
            Assert.DoesNotContain(Words, await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Sam Ollerton", await p.Text("/life-pictures"), StringComparison.Ordinal);
        using var c = await FormClient.SignedIn(app.Url, colleague);
        Assert.Contains(Words, await c.Text($"/life-pictures/{id}"), StringComparison.Ordinal);

        await Saved(me, $"/life-pictures/{id}/withdraw", $"/life-pictures/{id}/withdraw");
        using var erased = await me.Get($"/life-pictures/{id}");
        Assert.Equal(HttpStatusCode.NotFound, erased.StatusCode);
    }

    [Fact]
    public async Task FundingPage_NegativeOrMalformedPrice_IsRefusedInPlainWords_AndAChangeKeepsTheOldPrice()
    {
        var scenario = new Scenario(app);
        var steward = await scenario.Register("Steward");
        var slug = await Scenario.CreatePlace(steward);
        using var s = await FormClient.SignedIn(app.Url, steward);
        var page = $"/places/{slug}/funding";
        await Saved(s, page, $"{page}?handler=Defaults");

        using (var negative = await s.Post(page, $"{page}?handler=Price", ("cost", "access-to-work/"), ("service", "Minicab to college"), ("unit", "journey"), ("price", "-5")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
            Assert.Contains("A unit cost must be more than", await negative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using (var malformed = await s.Post(page, $"{page}?handler=Price", ("cost", "access-to-work/"), ("service", "Minicab to college"), ("unit", "journey"), ("price", "12.345")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Contains("Enter the price in pounds and pence", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        await Saved(s, page, $"{page}?handler=Price", ("cost", "access-to-work/"), ("service", "Minicab to college"), ("unit", "journey"), ("price", "18.50"));
        var costId = Regex.Match(await s.Text(page), "value=\"access-to-work/([0-9a-f]{32})\">Access to Work: Minicab to college").Groups[1].Value;
        await Saved(s, page, $"{page}?handler=Price", ("cost", $"access-to-work/{costId}"), ("price", "21.00"));
        var html = await s.Text(page);
        Assert.Contains("21.00", html, StringComparison.Ordinal);
        Assert.Contains("18.50 until", html, StringComparison.Ordinal);
    }

    private static async Task Saved(FormClient client, string page, string action, params (string Key, string Value)[] fields)
    {
        using var response = await client.Post(page, action, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {action} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex("/life-pictures/([0-9a-f]{32})/edit")]
    private static partial Regex IdPattern();

    [GeneratedRegex("id=\"claim-code\">([0-9a-f]{64})<")]
    private static partial Regex CodePattern();
}
