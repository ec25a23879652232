using System.Text.Json.Nodes;

namespace Convening.Web.Tests.LifePictures;

/// <summary>Every life-picture, totals, commissioner and funding query and mutation, who may use it, the refusal others get, and how to tell it took effect.</summary>
public static class PictureMatrixActions
{
    public static readonly string[] PictureHolders = ["person", "practitioner"];
    public static readonly string[] Practitioners = ["practitioner"];
    public static readonly string[] Commissioners = ["commissioner"];
    public static readonly string[] Stewards = ["steward"];
    public static readonly string[] Everyone = ["person", "practitioner", "other-practitioner", "commissioner", "steward", "outsider"];

    public sealed record Spec(string[] Allowed, string Refusal, Func<PictureMatrixFixture, Person?, Task<Check>> Run);

    public sealed record Check(Reply Reply, Func<Task<bool>> Happened);

    public const string NotShared = "picture.not-shared";

    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["lifePicture"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("query($id: ID!) { lifePicture(id: $id) { content { whatMatters } } }", new { id });
            return new(reply, async () => reply.Data?["lifePicture"]?["content"]?["whatMatters"]?.GetValue<string>() == PictureApi.Words
                && (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "OPENED" && e["byId"]!.GetValue<string>() == who!.Id));
        }),
        ["lifePictureVersion"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("query($id: ID!) { lifePictureVersion(id: $id, number: 1) { content { whatMatters } } }", new { id });
            return new(reply, async () => reply.Data?["lifePictureVersion"] is not null
                && (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "READ_VERSION"));
        }),
        ["lifePictureAudit"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("query($id: ID!) { lifePictureAudit(id: $id) { action } }", new { id });
            return new(reply, () => Task.FromResult(reply.Data?["lifePictureAudit"]?.AsArray().Count > 0));
        }),
        ["saveLifePicture"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("mutation($i: SaveLifePictureInput!) { saveLifePicture(input: $i) { lifePicture { version } } }",
                new { i = new { id, expectedVersion = 1, content = PictureApi.Content("Changed words") } });
            return new(reply, async () => (await PictureApi.Get(f.Practitioner, id))["version"]!.GetValue<int>() == 2);
        }),
        ["setLifePictureCounting"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("mutation($i: LifePictureCountingInput!) { setLifePictureCounting(input: $i) { lifePicture { id } } }",
                new { i = new { id, countsInTotals = false } });
            return new(reply, async () => !(await PictureApi.Get(f.Practitioner, id))["countsInTotals"]!.GetValue<bool>());
        }),
        ["shareLifePicture"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var colleague = await f.NewPractitioner();
            var reply = await f.Api(who).Post("mutation($i: LifePicturePractitionerInput!) { shareLifePicture(input: $i) { lifePicture { id } } }",
                new { i = new { id, personId = colleague.Id } });
            return new(reply, async () => (await PictureApi.Get(f.Practitioner, id))["practitioners"]!.AsArray().Any(p => p!["id"]!.GetValue<string>() == colleague.Id));
        }),
        ["unshareLifePicture"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var colleague = await f.NewPractitioner();
            (await f.Practitioner.Api.Post("mutation($i: LifePicturePractitionerInput!) { shareLifePicture(input: $i) { lifePicture { id } } }",
                new { i = new { id, personId = colleague.Id } })).ShouldSucceed();
            var reply = await f.Api(who).Post("mutation($i: LifePicturePractitionerInput!) { unshareLifePicture(input: $i) { lifePictureRef { id } } }",
                new { i = new { id, personId = colleague.Id } });
            return new(reply, async () => (await PictureApi.Get(f.Practitioner, id))["practitioners"]!.AsArray().All(p => p!["id"]!.GetValue<string>() != colleague.Id));
        }),
        ["issueLifePictureClaim"] = new(Practitioners, NotShared, async (f, who) =>
        {
            var id = await PictureApi.Record(f.Practitioner, f.Slug);
            var reply = await f.Api(who).Post("mutation($i: LifePictureIdInput!) { issueLifePictureClaim(input: $i) { lifePictureClaim { secret } } }",
                new { i = new { id } });
            return new(reply, async () => (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "CLAIM_LINK_ISSUED"));
        }),
        ["withdrawLifePicture"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("mutation($i: LifePictureIdInput!) { withdrawLifePicture(input: $i) { lifePictureRef { id } } }",
                new { i = new { id } });
            return new(reply, async () => (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "WITHDRAWN"));
        }),
        ["lifePictureDraft"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("query($id: ID!) { lifePictureDraft(id: $id) { baseVersion content { whatMatters } } }", new { id });
            return new(reply, async () => reply.Data?["lifePictureDraft"]?["content"]?["whatMatters"]?.GetValue<string>() == PictureApi.Words
                && (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "OPENED" && e["byId"]!.GetValue<string>() == who!.Id));
        }),
        ["saveLifePictureDraft"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Api(who).Post("mutation($i: SaveLifePictureDraftInput!) { saveLifePictureDraft(input: $i) { lifePictureDraft { content { whatMatters } } } }",
                new { i = new { id, consentGiven = true, countsInTotals = true, content = PictureApi.Content("Draft words"), sections = new[] { "about" } } });
            // Kept as the caller's own draft, read back by them; the picture itself is unchanged.
            return new(reply, async () =>
                (await f.Api(who).Post("query($id: ID!) { lifePictureDraft(id: $id) { content { whatMatters } } }", new { id }))
                    .Data?["lifePictureDraft"]?["content"]?["whatMatters"]?.GetValue<string>() == "Draft words"
                && (await PictureApi.Get(f.Practitioner, id))["content"]!["whatMatters"]!.GetValue<string>() == PictureApi.Words);
        }),
        ["placeTotals"] = new(Commissioners, "place.not-a-commissioner", async (f, who) =>
        {
            var reply = await f.Api(who).Post("query($s: String!) { placeTotals(placeSlug: $s) { people } }", new { s = f.Slug });
            return new(reply, () => Task.FromResult(reply.Data?["placeTotals"]?["people"]?.GetValue<int>() >= 5));
        }),
        ["placeFundingVenn"] = new(Commissioners, "place.not-a-commissioner", async (f, who) =>
        {
            var reply = await f.Api(who).Post("query($s: String!) { placeFundingVenn(placeSlug: $s, streamIds: [\"access-to-work\"]) { regions { people } } }", new { s = f.Slug });
            return new(reply, () => Task.FromResult(reply.Data?["placeFundingVenn"]?["regions"]?.AsArray().Count == 2));
        }),
        ["appointCommissioner"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var candidate = await f.Scenario.Register("Candidate");
            var reply = await f.Api(who).Post("mutation($i: StewardInput!) { appointCommissioner(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, personId = candidate.Id } });
            return new(reply, async () => (await CommissionerList(f)).Any(c => c!["id"]!.GetValue<string>() == candidate.Id));
        }),
        ["removeCommissioner"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var candidate = await f.Scenario.Register("Candidate");
            (await f.Steward.Api.Post("mutation($i: StewardInput!) { appointCommissioner(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, personId = candidate.Id } })).ShouldSucceed();
            var reply = await f.Api(who).Post("mutation($i: StewardInput!) { removeCommissioner(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, personId = candidate.Id } });
            return new(reply, async () => (await CommissionerList(f)).All(c => c!["id"]!.GetValue<string>() != candidate.Id));
        }),
        ["saveFundingStream"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var name = "Fund " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Api(who).Post("mutation($i: SaveFundingStreamInput!) { saveFundingStream(input: $i) { funding { placeSlug } } }",
                new { i = new { placeSlug = f.Slug, name, sector = "Community" } });
            return new(reply, async () => (await Streams(f)).Any(s => s!["name"]!.GetValue<string>() == name));
        }),
        ["setUnitCost"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var service = "Service " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Api(who).Post("mutation($i: SetUnitCostInput!) { setUnitCost(input: $i) { funding { placeSlug } } }",
                new { i = new { placeSlug = f.Slug, streamId = "work-choice", service, unit = "hour", pence = 1500 } });
            return new(reply, async () => (await Streams(f)).Any(s => s!["unitCosts"]!.AsArray().Any(c => c!["service"]!.GetValue<string>() == service)));
        }),
    };

    private static async Task<JsonArray> CommissionerList(PictureMatrixFixture f) =>
        (await f.Steward.Api.Post("query($s: String!) { place(slug: $s) { commissioners { id } } }", new { s = f.Slug }))
            .ShouldSucceed().Data!["place"]!["commissioners"]!.AsArray();

    private static async Task<JsonArray> Streams(PictureMatrixFixture f) =>
        (await f.Steward.Api.Post("query($s: String!) { funding(placeSlug: $s) { streams { name unitCosts { service } } } }", new { s = f.Slug }))
            .ShouldSucceed().Data!["funding"]!["streams"]!.AsArray();
}
