using System.Net;

namespace Convening.Web.Tests;

/// <summary>
/// Every role against every group mutation and page form: allowed ones take effect, refused ones answer a
/// 4xx with a stable code and change nothing.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AuthorizationMatrixTests(WebAppFixture app)
{
    private static readonly string[] Roles = ["convenor", "member", "observer", "removed", "outsider", "anonymous"];

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in MatrixActions.All.Keys)
            foreach (var role in Roles)
                data.Add(action, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Mutation_ByRole_IsAllowedOnlyWhereItShouldBe(string action, string role)
    {
        var fixture = await Fixture();
        var spec = MatrixActions.All[action];
        var check = await spec.Run(fixture, fixture.As(role));
        var expected = Expected(spec.Who, role);

        if (check.Reply.ContentType == "text/html")
        {
            // A page answers a refusal with the status of its kind, and a change with a redirect.
            Assert.Equal(expected switch { null => HttpStatusCode.Redirect, "auth.required" => HttpStatusCode.Unauthorized, _ => HttpStatusCode.Forbidden }, check.Reply.Status);
            Assert.Equal(expected is null, await check.Happened());
        }
        else if (expected is null)
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

    private static string? Expected(MatrixActions.Allowed who, string role) => (who, role) switch
    {
        (_, "anonymous") => "auth.required",
        (MatrixActions.Allowed.SignedIn, _) => null,
        (_, "outsider" or "removed") => "group.members-only",
        (_, "convenor") => null,
        (MatrixActions.Allowed.Convenors, _) => "group.not-a-convenor",
        (MatrixActions.Allowed.CycleStewards, _) => "cycle.not-steward",
        (MatrixActions.Allowed.Facilitators, "observer") => "group.observer-read-only",
        (MatrixActions.Allowed.Facilitators, _) => "board.facilitator-only",
        (MatrixActions.Allowed.Contributors, "observer") => "group.observer-read-only",
        _ => null,
    };

    private static readonly SharedOnce<AuthorizationMatrixFixture> Shared = new();

    /// <summary>One arranged group for the whole matrix (xunit makes a test class instance per case).</summary>
    private Task<AuthorizationMatrixFixture> Fixture() => Shared.Get(async () =>
    {
        var fixture = new AuthorizationMatrixFixture(app);
        await fixture.InitializeAsync();
        return fixture;
    });
}
