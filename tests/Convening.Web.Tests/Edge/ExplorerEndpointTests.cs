using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Convening.Web.Tests.Edge;

/// <summary>The API explorer (GraphiQL) and the schema it links to: served while introspection is on, gone when it is off.</summary>
[Collection(WebCollection.Name)]
public sealed partial class ExplorerEndpointTests(WebAppFixture app)
{
    [Fact]
    public async Task BrowserAtTheApiAddress_IsSentToTheExplorer()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.Url };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/explorer", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Explorer_LoadsGraphiQLFromThisSite_AndLinksTheSchema()
    {
        using var client = app.CreateClient();
        var page = await client.GetStringAsync("/graphql/explorer");
        Assert.Contains("/lib/graphiql/graphiql.min.js", page);
        Assert.Contains("/js/explorer.mjs", page);
        Assert.Contains("href=\"/graphql/schema.graphql\"", page);
        Assert.Contains("name=\"antiforgery\"", page);
        Assert.DoesNotContain("<script>", page);
        using var bundle = await client.GetAsync("/lib/graphiql/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Contains("type Query", await client.GetStringAsync("/graphql/schema.graphql"));
    }

    /// <summary>
    /// The explorer's policy lets in &lt;style&gt; elements with this response's nonce (GraphiQL's
    /// dialogs write one); a fresh nonce each time, and no other page gets one.
    /// </summary>
    [Fact]
    public async Task Explorer_AllowsStyleElementsByNonce_OnlyOnItsOwnResponse()
    {
        using var client = app.CreateClient();
        var nonces = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            using var response = await client.GetAsync("/graphql/explorer");
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            var nonce = NonceIn().Match(await response.Content.ReadAsStringAsync()).Groups[1].Value;
            Assert.Contains($"style-src 'self' 'nonce-{nonce}';", policy);
            Assert.Contains("script-src 'self';", policy);
            nonces.Add(nonce);
        }
        Assert.NotEqual(nonces[0], nonces[1]);
        using var home = await client.GetAsync("/");
        Assert.Contains("style-src 'self';", home.Headers.GetValues("Content-Security-Policy").Single());
    }

    [GeneratedRegex("name=\"style-nonce\" content=\"([0-9a-f]{32})\"")]
    private static partial Regex NonceIn();

    [Fact]
    public async Task IntrospectionOff_NoExplorerAndNoSchema()
    {
        using var host = new WebAppFixture(new Dictionary<string, string> { ["Convening:GraphQLIntrospection"] = "false" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Url };
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/explorer")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphql/schema.graphql")).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        Assert.Equal(HttpStatusCode.NotAcceptable, (await client.SendAsync(request)).StatusCode);
    }
}
