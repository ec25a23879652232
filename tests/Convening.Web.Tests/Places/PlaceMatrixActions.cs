using System.Net;
using System.Text.Json.Nodes;

namespace Convening.Web.Tests.Places;

/// <summary>The place-level actions the place matrix tries, who may do each, the refusal others get, and how to tell it took effect.</summary>
public static class PlaceMatrixActions
{
    public enum Allowed
    {
        /// <summary>The place's stewards.</summary>
        Stewards,

        /// <summary>Stewards and the convenors of approved groups: standing (and, for a convenor, curating).</summary>
        Standing,
    }

    public sealed record Spec(Allowed Who, string Refusal, Func<PlaceMatrixFixture, Person?, Task<Check>> Run);

    public sealed record Check(Reply Reply, Func<Task<bool>> Happened);

    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["updatePlace"] = new(Allowed.Stewards, "place.not-a-steward", async (f, who) =>
        {
            var name = "Renamed " + Guid.NewGuid().ToString("N")[..6];
            var reply = await f.Api(who).Post("mutation($i: UpdatePlaceInput!) { updatePlace(input: $i) { place { name } } }",
                new { i = new { slug = f.Slug, name } });
            return new(reply, async () => (await f.Place())["name"]!.GetValue<string>() == name);
        }),
        ["appointSteward"] = new(Allowed.Stewards, "place.not-a-steward", async (f, who) =>
        {
            var candidate = await f.Scenario.Register("Candidate");
            var reply = await f.Api(who).Post("mutation($i: StewardInput!) { appointSteward(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, personId = candidate.Id } });
            return new(reply, async () => (await f.Place())["stewards"]!.AsArray().Any(s => s!["id"]!.GetValue<string>() == candidate.Id));
        }),
        ["removeSteward"] = new(Allowed.Stewards, "place.not-a-steward", async (f, who) =>
        {
            var second = await f.Scenario.Register("Second");
            (await f.Steward.Api.Post("mutation($i: StewardInput!) { appointSteward(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, personId = second.Id } })).ShouldSucceed();
            var reply = await f.Api(who).Post("mutation($i: StewardInput!) { removeSteward(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, personId = second.Id } });
            return new(reply, async () => (await f.Place())["stewards"]!.AsArray().All(s => s!["id"]!.GetValue<string>() != second.Id));
        }),
        ["approveGroup"] = new(Allowed.Stewards, "place.not-a-steward", async (f, who) =>
        {
            var groupId = await f.Request("To approve");
            var reply = await f.Api(who).Post("mutation($i: GroupDecisionInput!) { approveGroup(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, groupId } });
            return new(reply, async () => (await f.Place())["groups"]!.AsArray().Any(g => g!["id"]!.GetValue<string>() == groupId));
        }),
        ["declineGroup"] = new(Allowed.Stewards, "place.not-a-steward", async (f, who) =>
        {
            var groupId = await f.Request("To decline");
            var reply = await f.Api(who).Post("mutation($i: GroupDecisionInput!) { declineGroup(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, groupId } });
            return new(reply, async () => (await f.Place())["groupRequests"]!.AsArray().All(r => r!["group"]!["id"]!.GetValue<string>() != groupId));
        }),
        ["readGroupRequests"] = new(Allowed.Stewards, "place.not-a-steward", async (f, who) =>
        {
            var reply = await f.Api(who).Post("query($s: String!) { place(slug: $s) { groupRequests { group { name } } } }", new { s = f.Slug });
            return new(Refusal(reply), () => Task.FromResult(reply.Data?["place"]?["groupRequests"] is JsonArray));
        }),
        ["readPlaceReflections"] = new(Allowed.Standing, "reflection.audience-only", async (f, who) =>
        {
            var reply = await f.Api(who).Post("query($p: String!) { placeReflections(slug: $p, first: 20) { nodes { title } } }", new { p = f.Slug });
            return new(Refusal(reply), () => Task.FromResult(reply.Json!.ToJsonString().Contains(f.Marker, StringComparison.Ordinal)));
        }),
        ["draftPrinciple"] = new(Allowed.Standing, "principle.not-a-curator", async (f, who) =>
        {
            var statement = "Start from what matters " + Guid.NewGuid().ToString("N")[..6];
            var reply = await f.Api(who).Post("mutation($i: DraftPrincipleInput!) { draftPrinciple(input: $i) { principle { id } } }",
                new { i = new { placeSlug = f.Slug, statement } });
            return new(reply, () => Task.FromResult(reply.Data?["draftPrinciple"]?["principle"]?["id"] is not null));
        }),
    };

    /// <summary>A query answers 200 with errors; the matrix reads the refusal's code the same way as a mutation's.</summary>
    private static Reply Refusal(Reply reply) => reply.Json?["errors"] is null ? reply : reply with { Status = HttpStatusCode.Forbidden };
}
