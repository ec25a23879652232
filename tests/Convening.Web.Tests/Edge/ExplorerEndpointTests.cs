using System.Net;
using System.Net.Http.Headers;

namespace Convening.Web.Tests.Edge;

/// <summary>The API explorer (GraphiQL) and the schema it links to: served while introspection is on, gone when it is off.</summary>
[Collection(WebCollection.Name)]
public sealed class ExplorerEndpointTests(WebAppFixture app)
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
