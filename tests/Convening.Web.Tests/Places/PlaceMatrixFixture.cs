using System.Text.Json.Nodes;

namespace Convening.Web.Tests.Places;

/// <summary>
/// One place with its steward; the convenor of a group the steward approved; the convenor of a
/// group still waiting for approval; a member removed from the approved group; and an outsider.
/// </summary>
public sealed class PlaceMatrixFixture(WebAppFixture app)
{
    public Scenario Scenario { get; } = new(app);
    public Person Steward { get; private set; } = null!;
    public Person Approved { get; private set; } = null!;
    public Person Requester { get; private set; } = null!;
    public Person Removed { get; private set; } = null!;
    public Person Outsider { get; private set; } = null!;
    public string Slug { get; private set; } = "";
    public string ApprovedGroupId { get; private set; } = "";
    public string Marker { get; } = "pm" + Guid.NewGuid().ToString("N")[..10];

    public async Task InitializeAsync()
    {
        Steward = await Scenario.Register("Steward");
        Approved = await Scenario.Register("Approved");
        Requester = await Scenario.Register("Requester");
        Removed = await Scenario.Register("Removed");
        Outsider = await Scenario.Register("Outsider");
        Slug = await Scenario.CreatePlace(Steward);
        ApprovedGroupId = await Scenario.Convene(Approved, Slug, "Approved group");
        await Scenario.Approve(Steward, Slug, ApprovedGroupId);
        await Scenario.Convene(Requester, Slug, "Waiting group");
        await Scenario.Join(Approved, ApprovedGroupId, Removed);
        (await Approved.Api.Post("mutation($i: RemoveMemberInput!) { removeMember(input: $i) { group { id } } }",
            new { i = new { groupId = ApprovedGroupId, personId = Removed.Id } })).ShouldSucceed();
        await Reflections.ReflectionApi.Write(Approved, Reflections.ReflectionApi.Entry("For the place " + Marker, "Shared with the place " + Marker, "PLACE", placeSlug: Slug));
    }

    public Person? As(string role) => role switch
    {
        "steward" => Steward,
        "approved" => Approved,
        "requester" => Requester,
        "removed" => Removed,
        "outsider" => Outsider,
        _ => null,
    };

    public GraphQLClient Api(Person? person) => person?.Api ?? app.GraphQL();

    /// <summary>A fresh group asking to be convened here, for a decision to act on.</summary>
    public async Task<string> Request(string name)
    {
        var asker = await Scenario.Register("Asker");
        return await Scenario.Convene(asker, Slug, name);
    }

    public async Task<JsonNode> Place() =>
        (await Steward.Api.Post("query($s: String!) { place(slug: $s) { name stewards { id } groups { id } groupRequests { group { id } } } }", new { s = Slug }))
            .ShouldSucceed().Data!["place"]!;
}
