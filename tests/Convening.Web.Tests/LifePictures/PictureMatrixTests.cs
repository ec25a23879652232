using System.Net;

namespace Convening.Web.Tests.LifePictures;

/// <summary>
/// The person, their practitioner, another practitioner in the same place, a commissioner, a
/// steward, an outsider and the public against every life-picture query and mutation: allowed
/// ones take effect (reads are in the audit trail), refused ones answer a 4xx with the stable code
/// and change nothing.
/// </summary>
[Collection(SecondWebCollection.Name)]
public sealed class PictureMatrixTests(WebAppFixture app)
{
    private static readonly string[] Roles = [.. PictureMatrixActions.Everyone, "anonymous"];

    private static readonly Dictionary<string, PictureMatrixActions.Spec> Actions =
        PictureMatrixActions.All.Concat(PictureFormActions.All).Concat(SupportPlans.PlanMatrixActions.All)
            .Concat(RetentionMatrixActions.All).ToDictionary();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var action in Actions.Keys)
            foreach (var role in Roles)
                data.Add(action, role);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task PictureAction_ByRole_IsAllowedOnlyWhereItShouldBe(string action, string role)
    {
        var fixture = await Fixture();
        var spec = Actions[action];
        var check = await spec.Run(fixture, fixture.As(role));
        var expected = role == "anonymous" ? "auth.required" : spec.Allowed.Contains(role) ? null : spec.Refusal;

        if (check.Reply.ContentType == "text/html")
        {
            // A page answers a refusal with the status of its kind, and a change with a redirect (the code page shows the code).
            var status = expected switch { null => HttpStatusCode.Redirect, "auth.required" => HttpStatusCode.Unauthorized, _ => HttpStatusCode.Forbidden };
            Assert.True(check.Reply.Status == status || (expected is null && check.Reply.Status == HttpStatusCode.OK && action is "pictureCodePage" or "erasedPictureTrailPage"),
                $"{action} by {role}: expected {status}, got {check.Reply.Status}");
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
            Assert.DoesNotContain(PictureApi.Words, check.Reply.Json?.ToJsonString() ?? "");
            Assert.False(await check.Happened(), $"{action} by {role} was refused but changed something");
        }
    }

    private static readonly SharedOnce<PictureMatrixFixture> Shared = new();

    private Task<PictureMatrixFixture> Fixture() => Shared.Get(async () =>
    {
        var fixture = new PictureMatrixFixture(app);
        await fixture.InitializeAsync();
        return fixture;
    });
}
