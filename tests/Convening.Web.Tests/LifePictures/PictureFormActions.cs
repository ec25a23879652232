using System.Text.Json.Nodes;
using static Convening.Web.Tests.LifePictures.PictureMatrixActions;

namespace Convening.Web.Tests.LifePictures;

/// <summary>
/// The life-picture, commissioner and funding pages' forms (posted without JavaScript), who may
/// use each, and how to tell it took effect. A page answers a refusal with its status and a
/// change with a redirect (or, for the person's code, the page showing it).
/// </summary>
public static class PictureFormActions
{
    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["pictureSectionPage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Page(who, $"/life-pictures/{id}/edit/strengths", ("strengths", "Patient"));
            return new(reply, async () => (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "OPENED" && e["byId"]!.GetValue<string>() == who!.Id));
        }),
        ["pictureCheckPage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await f.Page(who, $"/life-pictures/{id}/edit/strengths", ("strengths", "Patient"));
            var reply = await f.Page(who, $"/life-pictures/{id}/check");
            return new(reply, async () => (await PictureApi.Get(f.Practitioner, id))["version"]!.GetValue<int>() == 2);
        }),
        ["pictureDiscardPage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await f.Page(who, $"/life-pictures/{id}/edit/strengths", ("strengths", "Patient"));
            var reply = await f.Page(who, $"/life-pictures/{id}/edit?handler=Discard");
            // Thrown away: the section starts again from the saved picture.
            return new(reply, async () => await f.Html(who, $"/life-pictures/{id}/edit/strengths") is { } html && !html.Contains("Patient", StringComparison.Ordinal));
        }),
        ["pictureWithdrawPage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await f.Page(who, $"/life-pictures/{id}/withdraw");
            return new(reply, async () => (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "WITHDRAWN"));
        }),
        ["pictureSharePage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var colleague = await f.NewPractitioner();
            var reply = await f.Page(who, $"/life-pictures/{id}/share?handler=Add", ("person", colleague.Id));
            return new(reply, async () => (await PictureApi.Get(f.Practitioner, id))["practitioners"]!.AsArray().Any(p => p!["id"]!.GetValue<string>() == colleague.Id));
        }),
        ["pictureUnsharePage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var colleague = await f.NewPractitioner();
            (await f.Practitioner.Api.Post("mutation($i: LifePicturePractitionerInput!) { shareLifePicture(input: $i) { lifePicture { id } } }",
                new { i = new { id, personId = colleague.Id } })).ShouldSucceed();
            var reply = await f.Page(who, $"/life-pictures/{id}/share?handler=Remove", ("person", colleague.Id));
            return new(reply, async () => (await PictureApi.Get(f.Practitioner, id))["practitioners"]!.AsArray().All(p => p!["id"]!.GetValue<string>() != colleague.Id));
        }),
        ["pictureCodePage"] = new(Practitioners, NotShared, async (f, who) =>
        {
            var id = await PictureApi.Record(f.Practitioner, f.Slug);
            var reply = await f.Page(who, $"/life-pictures/{id}/share?handler=Code");
            return new(reply, async () => (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "CLAIM_LINK_ISSUED"));
        }),
        ["erasedPictureTrailPage"] = new(["person"], NotShared, async (f, who) =>
        {
            // Practitioners are refused with picture.person-only, everyone else with picture.not-shared (both 403 on a page).
            var id = await f.Picture();
            await PictureApi.Withdraw(f.ThePerson, id);
            var (reply, html) = await f.Read(who, $"/life-pictures/{id}/trail");
            return new(reply, () => Task.FromResult(html?.Contains("Withdrew consent", StringComparison.Ordinal) == true && !html.Contains(PictureApi.Words, StringComparison.Ordinal)));
        }),
        ["appointCommissionerPage"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var candidate = await f.NewPractitioner();
            var reply = await f.Page(who, $"/places/{f.Slug}/commissioners?handler=Appoint", ("person", candidate.Id));
            return new(reply, async () => (await Commissioners(f)).Any(c => c!["id"]!.GetValue<string>() == candidate.Id));
        }),
        ["removeCommissionerPage"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var candidate = await f.NewPractitioner();
            (await f.Steward.Api.Post("mutation($i: StewardInput!) { appointCommissioner(input: $i) { place { slug } } }",
                new { i = new { placeSlug = f.Slug, personId = candidate.Id } })).ShouldSucceed();
            var reply = await f.Page(who, $"/places/{f.Slug}/commissioners?handler=Remove", ("person", candidate.Id));
            return new(reply, async () => (await Commissioners(f)).All(c => c!["id"]!.GetValue<string>() != candidate.Id));
        }),
        ["fundingStreamPage"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var name = "Fund " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Page(who, $"/places/{f.Slug}/funding?handler=Stream", ("name", name), ("sector", "Community"));
            return new(reply, async () => (await Streams(f, f.Slug)).Any(s => s!["name"]!.GetValue<string>() == name));
        }),
        ["fundingPricePage"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var service = "Service " + Guid.NewGuid().ToString("N")[..8];
            var reply = await f.Page(who, $"/places/{f.Slug}/funding?handler=Price", ("cost", "work-choice/"), ("service", service), ("unit", "hour"), ("price", "15.00"));
            return new(reply, async () => (await Streams(f, f.Slug)).Any(s => s!["unitCosts"]!.AsArray().Any(c => c!["service"]!.GetValue<string>() == service)));
        }),
        ["fundingDefaultsPage"] = new(Stewards, "place.not-a-steward", async (f, who) =>
        {
            var slug = await Scenario.CreatePlace(f.Steward);
            var reply = await f.Page(who, $"/places/{slug}/funding?handler=Defaults");
            return new(reply, async () => (await Streams(f, slug)).Count == 6);
        }),
    };

    private const string NotShared = "picture.not-shared";

    private static async Task<JsonArray> Commissioners(PictureMatrixFixture f) =>
        (await f.Steward.Api.Post("query($s: String!) { place(slug: $s) { commissioners { id } } }", new { s = f.Slug }))
            .ShouldSucceed().Data!["place"]!["commissioners"]!.AsArray();

    private static async Task<JsonArray> Streams(PictureMatrixFixture f, string slug) =>
        (await f.Steward.Api.Post("query($s: String!) { funding(placeSlug: $s) { streams { name unitCosts { service } } } }", new { s = slug }))
            .ShouldSucceed().Data!["funding"]!["streams"]!.AsArray();
}
