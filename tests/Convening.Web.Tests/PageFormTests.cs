using System.Net;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests;

/// <summary>Browser forms without JavaScript: antiforgery, cookie sign-in, GOV.UK error messages.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PageFormTests(WebAppFixture app)
{
    [Fact]
    public async Task SignUpForm_WithoutAntiforgeryToken_IsRejected()
    {
        var client = Browser();
        var response = await client.PostAsync("/account/sign-up", Form(("email", "forged@example.org"), ("password", "a long enough password"), ("display-name", "Forged")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reply = (await app.GraphQL().Post("mutation { signIn(input: {email: \"forged@example.org\", password: \"a long enough password\"}) { token } }"));
        Assert.Equal("auth.invalid-credentials", reply.ErrorCode);
    }

    [Fact]
    public async Task SignUpForm_ThenTheEmailedLink_SignsInWithACookie()
    {
        var browser = await Reflections.FormBrowser.SignedUp(app, "Cookie");
        var client = browser.Http;
        var email = "cookie-";

        var home = await client.GetStringAsync("/");
        Assert.Contains("Your groups", home);
        var me = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ me { profile { email } } }\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Contains(email, await me.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignUpForm_ShortPassword_ShowsSummaryAndInlineError()
    {
        var client = Browser();
        var response = await PostForm(client, "/account/sign-up", ("email", "short@example.org"), ("password", "too short"), ("display-name", "Short"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("href=\"#password\"", html);
        Assert.Contains("id=\"password-error\"", html);
        Assert.StartsWith("Error: ", TitleOf(html));
    }

    /// <summary>A client like a browser without JavaScript: its own cookie jar, redirects not followed.</summary>
    private HttpClient Browser() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = app.Url };

    private static async Task<HttpResponseMessage> PostForm(HttpClient client, string path, params (string, string)[] fields)
    {
        var page = await client.GetStringAsync(path);
        var token = TokenPattern().Match(page).Groups[1].Value;
        Assert.NotEmpty(token);
        return await client.PostAsync(path, Form([.. fields, ("__RequestVerificationToken", token)]));
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    private static string TitleOf(string html) => WebUtility.HtmlDecode(TitlePattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<title>([^<]*)</title>")]
    private static partial Regex TitlePattern();
}
