using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests.OrganisationDirectory.Hsds;

/// <summary>A browser without JavaScript, signed in with a cookie: pages, forms with their antiforgery token, file uploads.</summary>
public sealed partial class CookieBrowserSession(HttpClient http)
{
    public HttpClient Http => http;

    public static async Task<CookieBrowserSession> SignIn(WebAppFixture app, Person person)
    {
        var session = new CookieBrowserSession(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = app.Url,
            Timeout = TimeSpan.FromMinutes(2),
        });
        var token = await session.Token("/account/sign-in");
        var response = await session.Http.PostAsync("/account/sign-in", new FormUrlEncodedContent(
            [KeyValuePair.Create("email", person.Email), KeyValuePair.Create("password", Scenario.Password), KeyValuePair.Create("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public async Task<string> Html(string path)
    {
        var response = await http.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Uploads <paramref name="file"/> as the import form does (multipart, with the page's token and the other fields).</summary>
    public async Task<HttpResponseMessage> Upload(string page, string field, string fileName, HttpContent file, params (string Key, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent { { new StringContent(await Token(page)), "__RequestVerificationToken" } };
        foreach (var (key, value) in fields)
            form.Add(new StringContent(value), key);
        file.Headers.ContentType ??= new MediaTypeHeaderValue("application/json");
        form.Add(file, field, fileName);
        return await http.PostAsync(page, form);
    }

    public async Task<string> Token(string page)
    {
        var token = TokenPattern().Match(await Html(page)).Groups[1].Value;
        Assert.NotEmpty(token);
        return token;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
