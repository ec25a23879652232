namespace Convening.Web.Tests;

/// <summary>OpenID Connect is off until configured, and then offered on the sign-in page.</summary>
public sealed class OpenIdConnectTests
{
    [Fact]
    public async Task Configured_OffersOrganisationSignIn()
    {
        await using var app = new WebAppFixture(new Dictionary<string, string>
        {
            ["Authentication:OpenIdConnect:Authority"] = "https://login.example.org/tenant/v2.0",
            ["Authentication:OpenIdConnect:ClientId"] = "convening",
        });
        var page = await app.CreateClient().GetStringAsync("/account/sign-in");
        Assert.Contains("Sign in with your organisation", page);
    }

    [Fact]
    public async Task NotConfigured_OffersOnlyLocalAccounts()
    {
        await using var app = new WebAppFixture();
        using var client = app.CreateClient();
        Assert.DoesNotContain("Sign in with your organisation", await client.GetStringAsync("/account/sign-in"));
        var external = await client.PostAsync("/account/sign-in?handler=External", null);
        Assert.True((int)external.StatusCode >= 400);
    }
}
