using System.Net;
using Convening.Grains;
using Microsoft.Extensions.DependencyInjection;

namespace Convening.Web.Tests.Groups;

/// <summary>An invitation is claimed only while it lasts and until its convenor withdraws it, over the API.</summary>
[Collection(WebCollection.Name)]
public sealed class InvitationLifetimeTests(WebAppFixture app)
{
    private const string Accept = "mutation($i: InvitationCodeInput!) { acceptInvitation(input: $i) { group { id } } }";

    [Fact]
    public async Task AcceptInvitation_After30Days_IsRefusedAsExpired_AndTheInviteeIsNotAMember()
    {
        var clock = new MovableTime();
        using var host = new WebAppFixture(new Dictionary<string, string>(), s => s.AddSingleton(new GrainClock(clock)));
        var scenario = new Scenario(host);
        var (asha, ben) = (await scenario.Register("Asha"), await scenario.Register("Ben"));
        var groupId = await Scenario.Convene(asha, await Scenario.CreatePlace(asha));
        var code = await Scenario.Invite(asha, groupId, ben);

        clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var late = await ben.Api.Post(Accept, new { i = new { code } });

        Assert.Equal((HttpStatusCode.Forbidden, "invitation.expired"), (late.Status, late.ErrorCode));
        var waiting = (await ben.Api.Post("{ me { invitations { code } groups { groupId } } }")).ShouldSucceed();
        Assert.Empty(waiting.Data!["me"]!["invitations"]!.AsArray());
        Assert.DoesNotContain(groupId, waiting.Data!["me"]!["groups"]!.AsArray().Select(g => g!["groupId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AcceptInvitation_WithdrawnByTheConvenor_IsRefused_AndLeavesTheInviteesList()
    {
        var scenario = new Scenario(app);
        var (asha, ben) = (await scenario.Register("Asha"), await scenario.Register("Ben"));
        var groupId = await Scenario.Convene(asha, await Scenario.CreatePlace(asha));
        var code = await Scenario.Invite(asha, groupId, ben);
        Assert.Single((await ben.Api.Post("{ me { invitations { code } } }")).ShouldSucceed().Data!["me"]!["invitations"]!.AsArray());

        (await asha.Api.Post("mutation($i: InvitationCodeInput!) { revokeInvitation(input: $i) { group { id } } }", new { i = new { code } })).ShouldSucceed();
        var accepted = await ben.Api.Post(Accept, new { i = new { code } });

        Assert.Equal((HttpStatusCode.NotFound, "invitation.not-found"), (accepted.Status, accepted.ErrorCode));
        Assert.Empty((await ben.Api.Post("{ me { invitations { code } } }")).ShouldSucceed().Data!["me"]!["invitations"]!.AsArray());
    }

    /// <summary>Real time, moved forward on demand: the grains' clock only, so Orleans' own timers are untouched.</summary>
    private sealed class MovableTime : TimeProvider
    {
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow().AddTicks(Interlocked.Read(ref _ticks));

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
