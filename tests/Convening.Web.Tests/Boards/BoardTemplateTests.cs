namespace Convening.Web.Tests.Boards;

/// <summary>Boards opened from a template start with that stage's lanes.</summary>
[Collection(WebCollection.Name)]
public sealed class BoardTemplateTests(WebAppFixture app)
{
    [Theory]
    [InlineData("REFLECT", "What? (what happened)|So what? (what it means)|Now what? (what we'll do)")]
    [InlineData("RETROSPECTIVE", "What went well|What didn't go well|What puzzles us|What we'll change")]
    [InlineData(null, "What we notice|What we'll try|What we're learning")]
    public async Task OpenBoard_FromATemplate_StartsWithItsLanes(string? template, string lanes)
    {
        var s = await BoardScenario.Create(app);
        var board = (await s.Convenor.Api.Post("mutation($i: OpenBoardInput!) { openBoard(input: $i) { board { lanes { title } } } }",
            new { i = new { groupId = s.GroupId, title = "Looking back", template } })).ShouldSucceed().Data!["openBoard"]!["board"]!;
        Assert.Equal(lanes, string.Join("|", board["lanes"]!.AsArray().Select(l => l!["title"]!.GetValue<string>())));
    }
}
