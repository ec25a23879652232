using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Principles;

[Collection(WebCollection.Name)]
public sealed class PrincipleApiTests(WebAppFixture app)
{
    private const string Draft = "mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id } } }";
    private const string Publish = "mutation($i: PrincipleIdInput!) { publishPrinciple(input: $i) { principle { status } } }";
    private const string Adopt = "mutation($i: AdoptPrincipleInput!) { adoptPrinciple(input: $i) { principle { id origin } } }";
    private readonly Scenario _scenario = new(app);

    [Fact]
    public async Task CitedReflection_IsShownOnlyToThoseWhoMayReadIt_AndPrivateOnesCannotBeCited()
    {
        var steward = await _scenario.Register("Steward");
        var slug = await Scenario.CreatePlace(steward);
        var group = await Scenario.Convene(steward, slug);
        var marker = "ev" + Guid.NewGuid().ToString("N")[..10];
        var shared = await ReflectionApi.Write(steward, ReflectionApi.Entry("Shared " + marker, "From the group", "GROUP", group));
        var secret = await ReflectionApi.Write(steward, ReflectionApi.Entry("Secret " + marker, "Mine alone"));

        var refused = await steward.Api.Post(Draft, new { i = new { placeSlug = slug, statement = "Trust first", evidence = new[] { new { kind = "REFLECTION", reference = secret } } } });
        Assert.Equal("principle.evidence-not-visible", refused.ErrorCode);

        var id = (await steward.Api.Post(Draft, new { i = new { placeSlug = slug, statement = "Trust first", practice = "Say **hello**<script>x()</script>", evidence = new[] { new { kind = "REFLECTION", reference = shared, note = "Seen it" } } } }))
            .ShouldSucceed().Data!["draftPrinciple"]!["principle"]!["id"]!.GetValue<string>();
        (await steward.Api.Post(Publish, new { i = new { id } })).ShouldSucceed();

        const string read = "query($id: ID!) { principle(id: $id) { statement practiceHtml evidence { note reflection { title } } } }";
        var asPublic = (await app.GraphQL().Post(read, new { id })).ShouldSucceed();
        Assert.Null(asPublic.Data!["principle"]!["evidence"]![0]!["reflection"]);
        Assert.DoesNotContain(marker, asPublic.Json!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", asPublic.Data!["principle"]!["practiceHtml"]!.GetValue<string>(), StringComparison.Ordinal);
        var asMember = (await steward.Api.Post(read, new { id })).ShouldSucceed();
        Assert.Equal("Shared " + marker, asMember.Data!["principle"]!["evidence"]![0]!["reflection"]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdoptThenAdapt_AcrossThreePlaces_ShowsInTheLineage_AndTwiceIsRefused()
    {
        var (a, b, c) = (await _scenario.Register("Ann"), await _scenario.Register("Bo"), await _scenario.Register("Cy"));
        var (pa, pb, pc) = (await Scenario.CreatePlace(a, "Essex " + Guid.NewGuid().ToString("N")[..6]), await Scenario.CreatePlace(b), await Scenario.CreatePlace(c));
        var origin = (await a.Api.Post(Draft, new { i = new { placeSlug = pa, statement = "People lead" } })).ShouldSucceed().Data!["draftPrinciple"]!["principle"]!["id"]!.GetValue<string>();
        (await a.Api.Post(Publish, new { i = new { id = origin } })).ShouldSucceed();

        var adopted = (await b.Api.Post(Adopt, new { i = new { parentId = origin, placeSlug = pb, story = "It worked" } })).ShouldSucceed().Data!["adoptPrinciple"]!["principle"]!;
        Assert.Equal("ADOPTED", adopted["origin"]!.GetValue<string>());
        var adapted = (await c.Api.Post(Adopt, new { i = new { parentId = adopted["id"]!.GetValue<string>(), placeSlug = pc, statement = "People and carers lead" } })).ShouldSucceed().Data!["adoptPrinciple"]!["principle"]!;
        Assert.Equal("ADAPTED", adapted["origin"]!.GetValue<string>());
        Assert.Equal("principle.already-adopted", (await b.Api.Post(Adopt, new { i = new { parentId = origin, placeSlug = pb } })).ErrorCode);

        var lineage = (await app.GraphQL().Post("query($id: ID!) { principle(id: $id) { lineage { statement origin parentId } } }", new { id = adapted["id"]!.GetValue<string>() }))
            .ShouldSucceed().Data!["principle"]!["lineage"]!.AsArray();
        Assert.Equal(["People lead", "People lead", "People and carers lead"], lineage.Select(n => n!["statement"]!.GetValue<string>()));
        Assert.Equal(["ORIGINATED", "ADOPTED", "ADAPTED"], lineage.Select(n => n!["origin"]!.GetValue<string>()));
    }
}
