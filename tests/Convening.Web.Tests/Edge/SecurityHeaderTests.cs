using System.Net;
using System.Text;

namespace Convening.Web.Tests.Edge;

/// <summary>Every kind of response tells the browser what to refuse, and names no server software.</summary>
[Collection(WebCollection.Name)]
public sealed class SecurityHeaderTests(WebAppFixture app)
{
    public static TheoryData<string> Paths => new() { "/", "/places", "/js/app.mjs", "/css/app.css", "/no-such-page", "/graphql?query=%7B__typename%7D" };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync(path);
        AssertHardened(response);
    }

    [Fact]
    public async Task GraphQLPost_CarriesTheSecurityHeaders()
    {
        using var client = app.CreateClient();
        using var response = await client.PostAsync("/graphql", new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertHardened(response);
    }

    [Fact]
    public async Task PlainHttp_HasNoStrictTransportSecurity()
    {
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    internal static void AssertHardened(HttpResponseMessage response)
    {
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("img-src 'self' data:", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"), "The Server header names the software.");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"No {name} header on {response.RequestMessage?.RequestUri}.");
}
