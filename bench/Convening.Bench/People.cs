using Convening.Testing;

namespace Convening.Bench;

/// <summary>A facilitator and a member of one group, signed in through the public API.</summary>
public sealed record People(Api Api, string FacilitatorToken, string MemberToken, string GroupId)
{
    public static async Task<People> Create(BenchHost host)
    {
        var api = new Api(host.Url);
        var facilitator = await api.Register("Facilitator");
        var member = await api.Register("Member");
        var group = await api.Group(facilitator.Token, member.Email, member.Token);
        return new People(api, facilitator.Token, member.Token, group) { FacilitatorEmail = facilitator.Email, MemberEmail = member.Email };
    }

    public string FacilitatorEmail { get; init; } = "";

    public string MemberEmail { get; init; } = "";

    public Task<(string BoardId, string LaneId)> OpenBoard() => Api.Board(FacilitatorToken, GroupId);
}
