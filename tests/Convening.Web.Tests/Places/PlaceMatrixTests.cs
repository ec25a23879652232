namespace Convening.Web.Tests.Places;

/// <summary>
/// Every standing in a place against every place-level action: stewards, the convenor of an
/// approved group, the convenor of a group still waiting, a member removed from an approved
/// group, an outsider and the public. Allowed ones take effect; refused ones answer a 4xx with
/// the action's stable code and change nothing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PlaceMatrixTests(WebAppFixture app)
{
    private static readonly string[] Roles = ["steward", "approved", "requester", "removed", "outsider", "anonymous"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in PlaceMatrixActions.All.Keys)
            foreach (var role in Roles)
                data.Add(action, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PlaceAction_ByStanding_IsAllowedOnlyWhereItShouldBe(string action, string role)
    {
        var fixture = await Fixture();
        var spec = PlaceMatrixActions.All[action];
        var check = await spec.Run(fixture, fixture.As(role));
        var expected = Expected(spec, role);

        if (expected is null)
        {
            check.Reply.ShouldSucceed();
            Assert.True(await check.Happened(), $"{action} by {role} answered OK but did not take effect");
        }
        else
        {
            Assert.True((int)check.Reply.Status is >= 400 and < 500, $"{action} by {role}: expected 4xx, got {(int)check.Reply.Status} {check.Reply.Json}");
            Assert.Equal(expected, check.Reply.ErrorCode);
            Assert.False(await check.Happened(), $"{action} by {role} was refused but changed something");
        }
    }

    private static string? Expected(PlaceMatrixActions.Spec spec, string role) => (spec.Who, role) switch
    {
        (_, "anonymous") => "auth.required",
        (_, "steward") => null,
        (PlaceMatrixActions.Allowed.Standing, "approved") => null,
        _ => spec.Refusal,
    };

    private static readonly SharedOnce<PlaceMatrixFixture> Shared = new();

    private Task<PlaceMatrixFixture> Fixture() => Shared.Get(async () =>
    {
        var fixture = new PlaceMatrixFixture(app);
        await fixture.InitializeAsync();
        return fixture;
    });
}
