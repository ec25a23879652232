using System.Net;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests.Reflections;

/// <summary>A browser without JavaScript: its own cookie jar, forms posted with their antiforgery token, redirects not followed.</summary>
public sealed partial class FormBrowser(WebAppFixture app)
{
    public HttpClient Http { get; } = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.Url };

    public static async Task<FormBrowser> SignedUp(WebAppFixture app, string name)
    {
        var browser = new FormBrowser(app);
        var email = $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var response = await browser.Post("/account/sign-up", "/account/sign-up",
            ("email", email), ("password", "a long enough password"), ("display-name", name));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // The emailed link, followed as a person would: its page, then its button, which signs in with a cookie.
        var link = new Uri(Convening.Testing.TestMail.Link(await Convening.Testing.TestMail.Next(email, "Confirm")));
        var token = Uri.UnescapeDataString(link.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("token=", StringComparison.Ordinal))["token=".Length..]);
        var verified = await browser.Post(link.PathAndQuery, "/account/verify", ("token", token));
        Assert.Equal(HttpStatusCode.Redirect, verified.StatusCode);
        return browser;
    }

    /// <summary>Opens the form's page (as a tab would) and returns its token, so a test can submit it later.</summary>
    public async Task<string> Open(string path)
    {
        var token = TokenPattern().Match(await Http.GetStringAsync(path)).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    public async Task<HttpResponseMessage> Post(string formPage, string action, params (string Key, string Value)[] fields) =>
        await Submit(action, await Open(formPage), fields);

    public Task<HttpResponseMessage> Submit(string action, string token, params (string Key, string Value)[] fields) =>
        Http.PostAsync(action, new FormUrlEncodedContent(fields.Append((Key: "__RequestVerificationToken", Value: token)).Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    /// <summary>Presses a button as a browser without JavaScript would: posts the hidden fields of the form that holds
    /// the button, exactly as the page rendered them, to that form's action.</summary>
    public async Task<HttpResponseMessage> Press(string page, string button)
    {
        var html = await Http.GetStringAsync(page);
        var form = FormPattern().Matches(html).FirstOrDefault(f => f.Groups["body"].Value.Contains($">{button}</button>", StringComparison.Ordinal));
        Assert.True(form is not null, $"No form on {page} has a button “{button}”");
        var action = System.Net.WebUtility.HtmlDecode(ActionPattern().Match(form.Groups["open"].Value) is { Success: true } a ? a.Groups[1].Value : page);
        var fields = HiddenPattern().Matches(form.Groups["body"].Value)
            .Select(h => (Key: AttributeValue(h.Value, "name"), Value: AttributeValue(h.Value, "value")))
            .ToList();
        return await Http.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));
    }

    private static string AttributeValue(string tag, string name) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"").Groups[1].Value);

    /// <summary>GraphQL with this browser's cookie, for setting up what a test needs.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> GraphQL(string query, object variables)
    {
        var body = System.Text.Json.JsonSerializer.Serialize(new { query, variables });
        // A change sent with the browser's cookie carries a page's antiforgery token, as the API explorer sends it.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("RequestVerificationToken", await Open("/account/security"));
        var response = await Http.SendAsync(request);
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(json["errors"] is null, json.ToJsonString());
        return json["data"]!;
    }

    [GeneratedRegex("(?<open><form\\b[^>]*>)(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("\\baction=\"([^\"]*)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("<input\\b[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
