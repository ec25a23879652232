using System.Text.Json.Nodes;
using Convening.Web.Tests.Cycles;
using Convening.Web.Tests.Reflections;

namespace Convening.Web.Tests.Places;

/// <summary>
/// A group whose request to be convened in a place is still waiting, or was declined, keeps working
/// as a group but adds nothing to what the place shows: not its cycles, not its shared reflections'
/// themes. Approval brings them in (which also proves each check can see them).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class WaitingGroupTests(WebAppFixture app)
{
    [Fact]
    public async Task WaitingGroup_SharedReflections_DoNotCountInThePlacesThemes_UntilApproved()
    {
        var scenario = new Scenario(app);
        var steward = await scenario.Register("Steward");
        var slug = await Scenario.CreatePlace(steward);
        var convenor = await scenario.Register("Waiting");
        var groupId = await Scenario.Convene(convenor, slug, "Waiting group");
        var theme = "waiting" + Guid.NewGuid().ToString("N")[..8];
        // Enough authors that the theme's count is not withheld once it counts.
        var authors = new List<Person> { convenor };
        for (var i = 0; i < Contracts.Limits.SmallCountThreshold - 1; i++)
        {
            var member = await scenario.Register("Member" + i);
            await Scenario.Join(convenor, groupId, member);
            authors.Add(member);
        }
        foreach (var author in authors)
            await ReflectionApi.Write(author, ReflectionApi.Entry("Hand-offs", "What we saw", "GROUP", groupId: groupId, themes: [theme]));

        Assert.Null(await PlaceTheme(steward, slug, theme));

        await Scenario.Approve(steward, slug, groupId);
        Assert.Equal(authors.Count, (await PlaceTheme(steward, slug, theme))?["reflections"]?.GetValue<int>());
    }

    [Fact]
    public async Task WaitingOrDeclinedGroup_Cycles_AreNotListedInThePlace_UntilApproved()
    {
        var scenario = new Scenario(app);
        var steward = await scenario.Register("Steward");
        var slug = await Scenario.CreatePlace(steward);
        var waiting = await scenario.Register("Waiting");
        var declined = await scenario.Register("Declined");
        var waitingGroup = await Scenario.Convene(waiting, slug, "Waiting group");
        var declinedGroup = await Scenario.Convene(declined, slug, "Declined group");
        (await steward.Api.Post("mutation($i: GroupDecisionInput!) { declineGroup(input: $i) { place { slug } } }",
            new { i = new { placeSlug = slug, groupId = declinedGroup } })).ShouldSucceed();
        var cycles = new CycleScenario(slug, waitingGroup, waiting, waiting, waiting, steward);
        var waitingQuestion = "Waiting question " + Guid.NewGuid().ToString("N")[..8];
        var declinedQuestion = "Declined question " + Guid.NewGuid().ToString("N")[..8];
        var waitingCycle = await cycles.StartCycle(waiting, waitingQuestion);
        await cycles.StartCycle(declined, declinedQuestion, declinedGroup);

        var listed = await PlaceCycles(steward, slug);
        Assert.DoesNotContain(waitingCycle, listed);
        Assert.Empty(listed);
        var page = await steward.Api.Http.GetStringAsync($"/places/{slug}");
        Assert.DoesNotContain(waitingQuestion, page, StringComparison.Ordinal);
        Assert.DoesNotContain(declinedQuestion, page, StringComparison.Ordinal);

        await Scenario.Approve(steward, slug, waitingGroup);
        Assert.Equal([waitingCycle], await PlaceCycles(steward, slug));
    }

    private static async Task<JsonNode?> PlaceTheme(Person viewer, string slug, string theme) =>
        (await viewer.Api.Post("query($s: String!) { placeThemes(slug: $s) { overall { theme reflections } } }", new { s = slug }))
            .ShouldSucceed().Data!["placeThemes"]!["overall"]!.AsArray().FirstOrDefault(t => t!["theme"]!.GetValue<string>() == theme);

    private static async Task<List<string>> PlaceCycles(Person viewer, string slug) =>
        [.. (await viewer.Api.Post("query($s: String!) { place(slug: $s) { cycles(first: 50) { nodes { id } } } }", new { s = slug }))
            .ShouldSucceed().Data!["place"]!["cycles"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>())];
}
