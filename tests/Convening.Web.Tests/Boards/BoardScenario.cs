namespace Convening.Web.Tests.Boards;

/// <summary>A group with a convenor, a member and an observer, a board, and an outsider.</summary>
public sealed record BoardScenario(Person Convenor, Person Member, Person Observer, Person Outsider, string GroupId, string BoardId, string FirstLaneId, string SecondLaneId)
{
    public static async Task<BoardScenario> Create(WebAppFixture app)
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Facilitator");
        var member = await scenario.Register("Member");
        var observer = await scenario.Register("Observer");
        var outsider = await scenario.Register("Outsider");
        var group = await Scenario.Convene(convenor, await Scenario.CreatePlace(convenor));
        await Scenario.Join(convenor, group, member);
        await Scenario.Join(convenor, group, observer, "OBSERVER");
        var board = (await convenor.Api.Post("mutation($i: OpenBoardInput!) { openBoard(input: $i) { board { id lanes { id } } } }",
            new { i = new { groupId = group, title = "Northfield young people" } })).ShouldSucceed().Data!["openBoard"]!["board"]!;
        var lanes = board["lanes"]!.AsArray();
        return new(convenor, member, observer, outsider, group, board["id"]!.GetValue<string>(),
            lanes[0]!["id"]!.GetValue<string>(), lanes[1]!["id"]!.GetValue<string>());
    }
}
