using System.Text.Json.Nodes;
using Convening.Testing;

namespace Convening.Web.Tests.OrganisationDirectory;

/// <summary>Directory entries, moderation and searches through the public GraphQL API, as a client would.</summary>
public static class DirectoryApi
{
    private const string EntryFields = "id status pendingStatus assuredAt canEdit canModerate published { name } pending { name } current { name } comments { authorName byModerator text } endorsements { approach personName byMe }";

    /// <summary>The host's configured moderator, registered the first time a test needs them.</summary>
    public static Task<Person> Moderator(WebAppFixture app) => new Scenario(app).Register(TestModerator.Name, app.ModeratorEmail);

    /// <summary>An entry as an organisation would write it, for the GraphQL inputs.</summary>
    public static Dictionary<string, object?> Content(string place, string name, string description = "A warm place to meet, talk and find help.",
        string[]? approaches = null, string[]? sectors = null, string[]? people = null, string[]? places = null) => new()
    {
        ["name"] = name,
        ["kind"] = "CHARITY",
        ["description"] = description,
        ["website"] = "https://hub.example.org",
        ["email"] = "hello@hub.example.org",
        ["phone"] = "01632 960 001",
        ["places"] = places ?? [place],
        ["sectors"] = sectors ?? ["VOLUNTARY_COMMUNITY"],
        ["peopleServed"] = people ?? ["everyone"],
        ["services"] = new[]
        {
            new { name = "Drop-in", description = "Tea and a chat.", howToAccess = "Just turn up.", when = "Tuesdays 10am to 2pm",
                locations = new object[] { new { kind = "PHYSICAL", name = "The hub", address = "1 High Street", town = "Northfield", postcode = "AB16 5AA" } } },
        },
        ["approaches"] = (approaches ?? ["strengths-based"]).Select(a => new { approach = a, practice = "We ask what matters to people first.", evidence = "Our review with residents." }).ToArray(),
        ["selfAssessment"] = new[] { new { statement = "own-strengths", answer = "MOSTLY" } },
    };

    public static Task<Reply> TrySubmit(Person submitter, Dictionary<string, object?> content) =>
        submitter.Api.Post($"mutation($i: SubmitOrganisationInput!) {{ submitOrganisation(input: $i) {{ organisation {{ {EntryFields} }} }} }}", new { i = content });

    public static async Task<string> Submit(Person submitter, Dictionary<string, object?> content) =>
        (await TrySubmit(submitter, content)).ShouldSucceed().Data!["submitOrganisation"]!["organisation"]!["id"]!.GetValue<string>();

    public static Task<Reply> TryUpdate(Person editor, string id, Dictionary<string, object?> content) =>
        editor.Api.Post($"mutation($i: UpdateOrganisationInput!) {{ updateOrganisation(input: $i) {{ organisation {{ {EntryFields} }} }} }}",
            new { i = new Dictionary<string, object?>(content) { ["id"] = id } });

    public static Task<Reply> TryReview(Person reviewer, string id, string decision, string comment = "") =>
        reviewer.Api.Post($"mutation($i: ReviewOrganisationInput!) {{ reviewOrganisation(input: $i) {{ organisation {{ {EntryFields} }} }} }}",
            new { i = new { id, decision, comment } });

    public static async Task<string> Published(Person submitter, Person moderator, Dictionary<string, object?> content)
    {
        var id = await Submit(submitter, content);
        (await TryReview(moderator, id, "PUBLISH")).ShouldSucceed();
        return id;
    }

    public static Task<Reply> TryEndorse(Person who, string id, string approach, bool on = true) =>
        who.Api.Post($"mutation($i: EndorseApproachInput!) {{ endorseApproach(input: $i) {{ organisation {{ {EntryFields} }} }} }}",
            new { i = new { id, approach, on } });

    /// <summary>The entry as the client sees it; null when it may not.</summary>
    public static async Task<JsonNode?> Organisation(GraphQLClient client, string id) =>
        (await client.Post($"query($id: ID!) {{ organisation(id: $id) {{ {EntryFields} }} }}", new { id })).ShouldSucceed().Data!["organisation"];

    public static Task<Reply> TrySearch(GraphQLClient client, object variables) =>
        client.Post("""
            query($text: String, $places: [String!], $approaches: [String!], $sectors: [Sector!], $peopleServed: [String!], $first: Int, $after: String) {
              directory(text: $text, places: $places, approaches: $approaches, sectors: $sectors, peopleServed: $peopleServed, first: $first, after: $after) {
                totalCount hasNextPage endCursor
                nodes { id assuredAt content { name summary places } }
                facets { facet value label count }
              }
            }
            """, variables);

    public static async Task<JsonNode> Search(GraphQLClient client, object variables) =>
        (await TrySearch(client, variables)).ShouldSucceed().Data!["directory"]!;

    public static List<string> Names(JsonNode result) => [.. result["nodes"]!.AsArray().Select(n => n!["content"]!["name"]!.GetValue<string>())];

    public static string Word() => "w" + Guid.NewGuid().ToString("N")[..10];
}
