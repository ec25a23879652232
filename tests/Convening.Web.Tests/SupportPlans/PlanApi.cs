using System.Text.Json.Nodes;

namespace Convening.Web.Tests.SupportPlans;

/// <summary>Support plans through the public GraphQL API, as a client would use them.</summary>
public static class PlanApi
{
    public const string PaysFor = "Taxis to the Braintree bakery where Jo works";

    public static object Plan(string id, int expectedVersion = 0, string savings = "SHARED") => new
    {
        id,
        expectedVersion,
        streams = new[] { new { streamId = "access-to-work", amountPence = 250_000, paysFor = PaysFor } },
        services = Array.Empty<object>(),
        outcomes = new[] { new { area = "HOME", streamIds = new[] { "access-to-work" } } },
        savings,
    };

    public static Task<Reply> TrySave(GraphQLClient api, string id, int expectedVersion = 0) =>
        api.Post("mutation($i: SaveSupportPlanInput!) { saveSupportPlan(input: $i) { supportPlan { version } } }", new { i = Plan(id, expectedVersion) });

    public static async Task Save(Person who, string id, int expectedVersion = 0) => (await TrySave(who.Api, id, expectedVersion)).ShouldSucceed();

    public static async Task Agree(Person who, string id, int version = 1) =>
        (await who.Api.Post("mutation($i: AgreeSupportPlanInput!) { agreeSupportPlan(input: $i) { supportPlan { agreedVersion } } }",
            new { i = new { id, expectedVersion = version, personAgreed = true } })).ShouldSucceed();

    public static async Task<JsonNode> Get(Person viewer, string id) =>
        (await viewer.Api.Post("query($id: ID!) { supportPlan(id: $id) { version agreedVersion savings streams { paysFor } } }", new { id }))
            .ShouldSucceed().Data!["supportPlan"]!;
}
