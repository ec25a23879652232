using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests.Cycles;

/// <summary>A browser without JavaScript: a cookie session, and forms posted with their antiforgery token.</summary>
public sealed partial class CookieBrowser(HttpClient http)
{
    public static async Task<CookieBrowser> SignedIn(WebAppFixture app, Person person)
    {
        var browser = new CookieBrowser(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.Url });
        var response = await browser.Post("/account/sign-in", ("email", person.Email), ("password", Scenario.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> Get(string path) => http.GetAsync(path);

    public async Task<string> Html(string path)
    {
        var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form from <paramref name="path"/> (to its handler, if given) with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> Post(string path, params (string Key, string Value)[] fields)
    {
        var (page, handler) = SplitHandler(path);
        var form = new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value)), KeyValuePair.Create("__RequestVerificationToken", await Token(page))]);
        return await http.PostAsync(page + handler, form);
    }

    /// <summary>Uploads a file as a browser does: multipart, with the other fields and the token.</summary>
    public async Task<HttpResponseMessage> Upload(string path, string field, string fileName, string content)
    {
        var (page, handler) = SplitHandler(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await Token(page)), "__RequestVerificationToken" },
        };
        var file = new StringContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, field, fileName);
        return await http.PostAsync(page + handler, form);
    }

    private async Task<string> Token(string page)
    {
        var token = TokenPattern().Match(await Html(page)).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    private static (string Page, string Handler) SplitHandler(string path) =>
        path.IndexOf('?') is var at and >= 0 ? (path[..at], path[at..]) : (path, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
