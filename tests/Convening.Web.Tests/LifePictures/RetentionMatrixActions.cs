using static Convening.Web.Tests.LifePictures.PictureMatrixActions;

namespace Convening.Web.Tests.LifePictures;

/// <summary>
/// The retention settings (decision 0050): only the place's stewards read and set them. Each role sets
/// a period of its own, so a change that went through is told apart from a refusal.
/// </summary>
public static class RetentionMatrixActions
{
    private static readonly string[] Roles = [.. Everyone, "anonymous"];

    private static int YearsFor(Person? who, PictureMatrixFixture f) => 7 + Array.IndexOf(Roles, who is null ? "anonymous" : RoleOf(who, f));

    private static string RoleOf(Person who, PictureMatrixFixture f) => Everyone.First(r => f.As(r) == who);

    private static async Task<int> PictureYears(PictureMatrixFixture f) =>
        (await f.Steward.Api.Post("query($s: String!) { placeRetention(placeSlug: $s) { pictureYears } }", new { s = f.Slug }))
            .ShouldSucceed().Data!["placeRetention"]!["pictureYears"]!.GetValue<int>();

    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["placeRetention"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var reply = await f.Api(who).Post("query($s: String!) { placeRetention(placeSlug: $s) { pictureYears auditYears pictures } }", new { s = f.Slug });
            return new(reply, () => Task.FromResult(reply.Data?["placeRetention"]?["pictures"]?.GetValue<int>() >= 5));
        }),
        ["setPlaceRetention"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var years = YearsFor(who, f);
            var reply = await f.Api(who).Post("mutation($i: SetPlaceRetentionInput!) { setPlaceRetention(input: $i) { retention { pictureYears } } }",
                new { i = new { placeSlug = f.Slug, pictureYears = years, auditYears = 6 } });
            return new(reply, async () => await PictureYears(f) == years);
        }),
        ["retentionPage"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var years = YearsFor(who, f) + 10;
            var reply = await f.Page(who, $"/places/{f.Slug}/retention", ("pictureYears", $"{years}"), ("auditYears", "6"));
            return new(reply, async () => await PictureYears(f) == years);
        }),
    };
}
