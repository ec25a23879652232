using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Convening.Testing;

namespace Convening.Web.Tests.Edge;

/// <summary>
/// A host as it runs behind Azure Container Apps' ingress: one public origin for every link,
/// other Host headers refused, and the proxy's X-Forwarded-Proto making the sign-in cookie Secure.
/// </summary>
public sealed partial class PublicOriginTests : IDisposable
{
    private const string Origin = "https://convening.example.org";

    private readonly WebAppFixture _app = new(new Dictionary<string, string>
    {
        ["Convening:PublicOrigin"] = Origin,
        ["Convening:ForwardedHeaders"] = "true",
    })
    { Host = "convening.example.org" };

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task HostHeaderOfAnotherSite_IsRefused()
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/places");
        request.Headers.Host = "attacker.example.net";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("request.unknown-host", await response.Content.ReadAsStringAsync());
        SecurityHeaderTests.AssertHardened(response);
    }

    [Fact]
    public async Task HealthProbe_WithTheContainersOwnAddress_IsAnswered()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task CalendarFeedLink_IsAtThePublicOrigin()
    {
        var person = await new Scenario(_app).Register("Feed");
        var reply = (await person.Api.Post("mutation { resetCalendarFeed(input: {}) { person { calendarFeedUrl } } }")).ShouldSucceed();
        Assert.StartsWith(Origin + "/", reply.Data!["resetCalendarFeed"]!["person"]!["calendarFeedUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task EmailLinks_AreAtThePublicOrigin_NotTheRequestsSchemeOrPort()
    {
        // Sent over plain http to the host's own port: a link built from the request would start http://convening.example.org:port.
        var email = $"origin-{Guid.NewGuid():N}@example.org";
        using var client = new HttpClient { BaseAddress = _app.Url };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = "mutation($i: RegisterInput!) { register(input: $i) { message } }",
                variables = new { i = new { email, password = Scenario.Password, displayName = "Origin" } },
            }),
        };
        request.Headers.Host = $"convening.example.org:443";
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var link = TestMail.Link(await TestMail.Next(email, "Confirm"));

        Assert.StartsWith(Origin + "/account/verify?token=", link);
    }

    [Fact]
    public async Task SignInBehindTheIngress_SetsASecureCookie_AndHsts()
    {
        var person = await new Scenario(_app).Register("Secure");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _app.Url };

        using var get = Forwarded(HttpMethod.Get, "/account/sign-in");
        using var page = await client.SendAsync(get);
        Assert.Contains("max-age=", string.Join("", page.Headers.GetValues("Strict-Transport-Security")));
        var token = TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        var cookies = string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));

        using var post = Forwarded(HttpMethod.Post, "/account/sign-in");
        post.Headers.Add("Cookie", cookies);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = person.Email,
            ["password"] = Scenario.Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        });
        using var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("convening=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private static HttpRequestMessage Forwarded(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "convening.example.org";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return request;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
