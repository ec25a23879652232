using System.Net;
using Convening.Testing;
using Convening.Web.Tests.Gatherings;
using OtpNet;

namespace Convening.Web.Tests.Accounts;

/// <summary>
/// With Convening:Accounts:RequireSecondFactorFor on (the product's default; the other test hosts
/// turn it off so their moderators and stewards sign in with a password alone), a moderator or
/// steward without two-step sign-in can only set it up.
/// </summary>
public sealed class SecondFactorRequiredTests : IDisposable
{
    private const string Convene = "mutation($i: ConveneGroupInput!) { conveneGroup(input: $i) { group { id } } }";

    private readonly WebAppFixture _app = new(new Dictionary<string, string>
    {
        ["Convening:Accounts:RequireSecondFactorFor"] = "Moderators, Stewards",
    });

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Steward_WithoutASecondFactor_CanOnlySetItUp_AndThenUsesTheirPowers()
    {
        var scenario = new Scenario(_app);
        var steward = await scenario.Register("Steward");
        var place = await Scenario.CreatePlace(steward);
        var group = new { i = new { placeSlug = place, name = "Homes first", purpose = "Housing" } };

        var refused = await steward.Api.Post(Convene, group);
        var reading = await steward.Api.Post("query($s: String!) { place(slug: $s) { name } }", new { s = place });

        Assert.Equal("account.second-factor-required", refused.ErrorCode);
        Assert.Equal("account.second-factor-required", reading.ErrorCode);
        var secret = (await steward.Api.Post("mutation { beginTwoFactor { secret } }")).ShouldSucceed().Data!["beginTwoFactor"]!["secret"]!.GetValue<string>();
        var code = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp();
        (await steward.Api.Post("mutation($i: TwoFactorCodeInput!) { confirmTwoFactor(input: $i) { codes } }", new { i = new { code } })).ShouldSucceed();
        (await steward.Api.Post(Convene, group)).ShouldSucceed();
    }

    [Fact]
    public async Task Steward_WhoAddsAPasskey_HasTheirSecondFactor_AndUsesTheirPowers()
    {
        var steward = await new Scenario(_app).Register("Steward");
        var place = await Scenario.CreatePlace(steward);
        var group = new { i = new { placeSlug = place, name = "Homes first", purpose = "Housing" } };
        Assert.Equal("account.second-factor-required", (await steward.Api.Post(Convene, group)).ErrorCode);

        (await PasskeyApi.Add(steward)).Reply.ShouldSucceed();

        (await steward.Api.Post(Convene, group)).ShouldSucceed();
    }

    [Fact]
    public async Task Moderator_WithoutASecondFactor_IsSentToSetItUp_AndTheQueueIsRefused()
    {
        var moderator = await new Scenario(_app).Register(TestModerator.Name, _app.ModeratorEmail);
        using var browser = await FormClient.SignedIn(_app.Url, moderator);

        using var page = await browser.Get("/directory/moderation");
        var queue = await moderator.Api.Post("{ directoryModerationQueue { nodes { id } } }");
        using var hub = await browser.Get("/hubs/boards");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/two-factor", page.Headers.Location?.OriginalString);
        Assert.Contains("you need two-step sign-in before you can carry on", await browser.Text("/account/two-factor"));
        Assert.Equal("account.second-factor-required", queue.ErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, hub.StatusCode);
        Assert.StartsWith("account.second-factor-required", await hub.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PersonWithNoSuchPower_IsNotAskedForASecondFactor()
    {
        var member = await new Scenario(_app).Register("Member");
        using var browser = await FormClient.SignedIn(_app.Url, member);

        using var home = await browser.Get("/places");
        var places = await member.Api.Post("{ places(first: 5) { nodes { slug } } }");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        places.ShouldSucceed();
    }
}
