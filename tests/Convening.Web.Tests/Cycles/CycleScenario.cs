namespace Convening.Web.Tests.Cycles;

/// <summary>A group in a place with a convenor, a member, an observer and an outsider, made through the API.</summary>
public sealed record CycleScenario(string PlaceSlug, string GroupId, Person Convenor, Person Member, Person Observer, Person Outsider)
{
    public static async Task<CycleScenario> Create(WebAppFixture app)
    {
        var scenario = new Scenario(app);
        var convenor = await scenario.Register("Amara");
        var member = await scenario.Register("Ben");
        var observer = await scenario.Register("Chloe");
        var outsider = await scenario.Register("Dev");
        var place = await Scenario.CreatePlace(convenor);
        var group = await Scenario.Convene(convenor, place);
        await Scenario.Join(convenor, group, member);
        await Scenario.Join(convenor, group, observer, "OBSERVER");
        return new CycleScenario(place, group, convenor, member, observer, outsider);
    }

    /// <summary>Starts a cycle as <paramref name="steward"/> and returns its id.</summary>
    public async Task<string> StartCycle(Person steward, string question = "How do we stop young people being passed between services?", string? groupId = null)
    {
        var reply = (await steward.Api.Post(
            "mutation($i: StartCycleInput!) { startCycle(input: $i) { cycle { id } } }",
            new { i = new { groupId = groupId ?? GroupId, question, purpose = "Fewer hand-offs", peopleInvolved = "Youth workers and housing" } })).ShouldSucceed();
        return reply.Data!["startCycle"]!["cycle"]!["id"]!.GetValue<string>();
    }

    public async Task<string> AddMeasure(Person by, string cycleId, string name = "Hand-offs per young person")
    {
        var reply = (await by.Api.Post(
            "mutation($i: AddMeasureInput!) { addMeasure(input: $i) { measure { id } } }",
            new { i = new { cycleId, name, unit = "hand-offs", higherIsBetter = false } })).ShouldSucceed();
        return reply.Data!["addMeasure"]!["measure"]!["id"]!.GetValue<string>();
    }
}
