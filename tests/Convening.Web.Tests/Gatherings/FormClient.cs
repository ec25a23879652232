using System.Net;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests.Gatherings;

/// <summary>A browser without JavaScript: its own cookies, redirects not followed, forms posted with their antiforgery token.</summary>
public sealed partial class FormClient(Uri server) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = server };

    public static async Task<FormClient> SignedIn(Uri server, Person person)
    {
        var client = new FormClient(server);
        var response = await client.Post("/account/sign-in", "/account/sign-in", ("email", person.Email), ("password", Scenario.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public Task<HttpResponseMessage> Get(string path) => _http.GetAsync(path);

    public Task<string> Text(string path) => _http.GetStringAsync(path);

    /// <summary>Posts a form found on <paramref name="page"/> to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> Post(string page, string action, params (string Key, string Value)[] fields)
    {
        var token = TokenPattern().Match(await _http.GetStringAsync(page)).Groups[1].Value;
        Assert.NotEmpty(token);
        var form = fields.Append((Key: "__RequestVerificationToken", Value: token)).Select(f => new KeyValuePair<string, string>(f.Key, f.Value));
        return await _http.PostAsync(action, new FormUrlEncodedContent(form));
    }

    /// <summary>Posts a form's token to a handler that answers JSON (as a page's script does), and reads the answer.</summary>
    public async Task<System.Text.Json.Nodes.JsonNode> PostJson(string page, string action, params (string Key, string Value)[] fields)
    {
        using var response = await Post(page, action, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The value of the first hidden field called <paramref name="name"/> in a page.</summary>
    public static string HiddenValue(string html, string name) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Groups[1].Value);

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
