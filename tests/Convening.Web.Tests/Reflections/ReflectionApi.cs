using System.Text.Json.Nodes;

namespace Convening.Web.Tests.Reflections;

/// <summary>Reflection calls through the public GraphQL API, as a client would make them.</summary>
public static class ReflectionApi
{
    public const string Save = "mutation($i: SaveReflectionInput!) { saveReflection(input: $i) { reflection { id version } } }";

    public static object Entry(string title, string body, string visibility = "PRIVATE", string? groupId = null, string? placeSlug = null,
        string? id = null, int expectedVersion = 0, string[]? themes = null) =>
        new { id, expectedVersion, title, structure = "WHAT_SO_WHAT_NOW_WHAT", sections = new[] { body, "So it matters", "Try again" }, themes = themes ?? ["housing"], visibility, groupId, placeSlug };

    public static async Task<string> Write(Person author, object entry)
    {
        var reply = (await author.Api.Post(Save, new { i = entry })).ShouldSucceed();
        return reply.Data!["saveReflection"]!["reflection"]!["id"]!.GetValue<string>();
    }

    public static async Task<JsonNode?> Get(Person viewer, string id) =>
        (await viewer.Api.Post("query($id: ID!) { reflection(id: $id) { title version sections { markdown html } } }", new { id })).ShouldSucceed().Data!["reflection"];
}
