using System.Text.Json.Nodes;
using Convening.Testing;

namespace Convening.Storage.Tests.Cluster;

/// <summary>Two silos, each with its own search index, following one directory feed in Cosmos DB.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DirectoryClusterTests(ClusterServers servers)
{
    [Fact]
    public async Task AnEntryPublishedThroughSiloA_IsFoundOnSiloB_AndWithdrawnThroughSiloB_IsGoneFromSiloA()
    {
        await using var silos = await TwoSilos.Start(servers.Redis, servers.Cosmos);
        var onA = new Api(silos.A.Address);
        var onB = new Api(silos.B.Address);
        var (_, submitter) = await onA.Register("Submitter");
        var (_, moderator) = await onA.Register(TestModerator.Name, TestModerator.Email);
        var place = (await onA.Call(submitter, "mutation { createPlace(input: {name: \"Tyneside\"}) { place { slug } } }"))["createPlace"]!["place"]!["slug"]!.GetValue<string>();
        var id = (await onA.Call(submitter, "mutation($i: SubmitOrganisationInput!) { submitOrganisation(input: $i) { organisation { id } } }",
            new { i = Entry(place) }))["submitOrganisation"]!["organisation"]!["id"]!.GetValue<string>();

        Assert.Equal(0, await Found(onB, "Quayside"));
        await onA.Call(moderator, "mutation($i: ReviewOrganisationInput!) { reviewOrganisation(input: $i) { organisation { id } } }",
            new { i = new { id, decision = "PUBLISH", comment = "" } });
        Assert.Equal(1, await Found(onB, "Quayside"));

        await onB.Call(submitter, "mutation($i: OrganisationIdInput!) { withdrawOrganisation(input: $i) { organisation { id } } }", new { i = new { id } });
        Assert.Equal(0, await Found(onA, "Quayside"));
    }

    private static async Task<int> Found(Api silo, string text) =>
        (await silo.Call(null, "query($t: String) { directory(text: $t) { totalCount } }", new { t = text }))["directory"]!["totalCount"]!.GetValue<int>();

    private static JsonObject Entry(string place) => new()
    {
        ["name"] = "Quayside Befrienders",
        ["kind"] = "CHARITY",
        ["description"] = "Volunteers who visit people living alone.",
        ["places"] = new JsonArray(place),
        ["sectors"] = new JsonArray("VOLUNTARY_COMMUNITY"),
        ["peopleServed"] = new JsonArray("older-people"),
        ["approaches"] = new JsonArray(new JsonObject { ["approach"] = "relationship-first", ["practice"] = "The same volunteer every week." }),
    };
}
