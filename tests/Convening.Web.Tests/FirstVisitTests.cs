using System.Net;
using Convening.Testing;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests;

/// <summary>What a new user met on their first visit: forms that help rather than trip them up.</summary>
[Collection(WebCollection.Name)]
public sealed class FirstVisitTests(WebAppFixture app)
{
    [Fact]
    public async Task SignUp_FromAnInvitation_FillsInTheAddressItWasSentTo()
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Cara");
        var groupId = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        var invited = $"new-{Guid.NewGuid():N}@example.org";
        var code = (await convenor.Api.Post("mutation($i: InviteInput!) { invite(input: $i) { invitation { code } } }",
            new { i = new { groupId, email = invited } })).ShouldSucceed().Data!["invite"]!["invitation"]!["code"]!.GetValue<string>();
        var browser = new FormBrowser(app);

        var invitation = await browser.Http.GetStringAsync($"/invitations/{code}");
        var signUp = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(invitation, "href=\"(/account/sign-up\\?returnUrl=[^\"]*)\"").Groups[1].Value);
        Assert.NotEmpty(signUp);
        var form = await browser.Http.GetStringAsync(signUp);

        Assert.Contains($"value=\"{invited}\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignUp_WithEveryFieldWrong_ShowsEveryMistakeAtOnce()
    {
        var browser = new FormBrowser(app);
        var response = await browser.Post("/account/sign-up", "/account/sign-up", ("display-name", ""), ("email", "not an address"), ("password", "short"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var field in new[] { "display-name", "email", "password" })
            Assert.Contains($"<a href=\"#{field}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_OfSomeoneNew_PreselectsNoSector_UntilTheyChooseOne()
    {
        var browser = await FormBrowser.SignedUp(app, "Nia");

        var profile = await browser.Http.GetStringAsync("/profile?welcome=1");
        Assert.Contains("name=\"sector\"", profile, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", SectorRadios(profile), StringComparison.Ordinal);

        var saved = await browser.Post("/profile", "/profile", ("display-name", "Nia"), ("sector", "Other"), ("organisation", ""), ("time-zone", "Europe/London"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Matches("value=\"Other\"[^>]*checked", SectorRadios(await browser.Http.GetStringAsync("/profile")));
    }

    [Fact]
    public async Task DraftPrinciple_OffersThePlacesYouCanSpeakFor_ToChooseFrom()
    {
        var steward = await FormBrowser.SignedUp(app, "Sol");
        var word = Guid.NewGuid().ToString("N")[..6];
        var slug = (await steward.GraphQL("mutation($i: CreatePlaceInput!) { createPlace(input: $i) { place { slug } } }", new { i = new { name = "Basildon " + word } }))["createPlace"]!["place"]!["slug"]!.GetValue<string>();
        var outsider = await FormBrowser.SignedUp(app, "Ola");

        var form = await steward.Http.GetStringAsync("/principles/new");
        Assert.Contains("<select class=\"govuk-select\" id=\"place\" name=\"place\"", form, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{slug}\">Basildon {word}</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain($"Basildon {word}", await outsider.Http.GetStringAsync("/principles/new"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImpossibleDate_IsExplainedWithoutAFixedYearExample()
    {
        var browser = await FormBrowser.SignedUp(app, "Dee");
        var response = await browser.Post("/profile", "/profile?handler=Absence",
            ("away-from-day", "31"), ("away-from-month", "2"), ("away-from-year", "2031"), ("away-to-day", "1"), ("away-to-month", "3"), ("away-to-year", "2031"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be a real date", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("real date[^<]*20[0-9]{2}", html);
    }

    [Fact]
    public async Task Favicon_IsServed_AndIsOurOwnNotTheCrown()
    {
        var http = new HttpClient { BaseAddress = app.Url };
        var ico = await http.GetAsync("/favicon.ico");
        var svg = await http.GetAsync("/favicon.svg");

        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal(HttpStatusCode.OK, svg.StatusCode);
        var crown = await File.ReadAllBytesAsync(Path.Combine(Repo.Root, "src/Convening.Web/client/node_modules/govuk-frontend/dist/govuk/assets/images/favicon.ico"));
        Assert.NotEqual(crown, await ico.Content.ReadAsByteArrayAsync());
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\"", await http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static string SectorRadios(string html)
    {
        var start = html.IndexOf("name=\"sector\"", StringComparison.Ordinal);
        var end = html.IndexOf("</fieldset>", start, StringComparison.Ordinal);
        return html[(html.LastIndexOf("<fieldset", start, StringComparison.Ordinal))..end];
    }
}
