using Convening.Web.Tests.LifePictures;
using static Convening.Web.Tests.LifePictures.PictureMatrixActions;

namespace Convening.Web.Tests.SupportPlans;

/// <summary>
/// Every support-plan query, mutation and page form, who may use it (the picture's holders; totals:
/// commissioners), and how to tell it took effect: reads are in the picture's audit trail.
/// </summary>
public static class PlanMatrixActions
{
    public static readonly IReadOnlyDictionary<string, Spec> All = new Dictionary<string, Spec>
    {
        ["supportPlan"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await PlanApi.Save(f.Practitioner, id);
            var reply = await f.Api(who).Post("query($id: ID!) { supportPlan(id: $id) { streams { paysFor } } }", new { id });
            return new(reply, async () => reply.Data?["supportPlan"]?["streams"]?[0]?["paysFor"]?.GetValue<string>() == PlanApi.PaysFor
                && (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "PLAN_OPENED" && e["byId"]!.GetValue<string>() == who!.Id));
        }),
        ["saveSupportPlan"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            var reply = await PlanApi.TrySave(f.Api(who), id);
            return new(reply, async () => (await PlanApi.Get(f.Practitioner, id))["version"]!.GetValue<int>() == 1);
        }),
        ["agreeSupportPlan"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await PlanApi.Save(f.Practitioner, id);
            var reply = await f.Api(who).Post("mutation($i: AgreeSupportPlanInput!) { agreeSupportPlan(input: $i) { supportPlan { agreedVersion } } }",
                new { i = new { id, expectedVersion = 1, personAgreed = true } });
            return new(reply, async () => (await PlanApi.Get(f.Practitioner, id))["agreedVersion"]?.GetValue<int>() == 1);
        }),
        ["supportPlanVersion"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await PlanApi.Save(f.Practitioner, id);
            await PlanApi.Agree(f.Practitioner, id);
            var reply = await f.Api(who).Post("query($id: ID!) { supportPlanVersion(id: $id, number: 1) { info { number } streams { paysFor } } }", new { id });
            return new(reply, async () => reply.Data?["supportPlanVersion"]?["streams"]?[0]?["paysFor"]?.GetValue<string>() == PlanApi.PaysFor
                && (await f.Audit(id)).AsArray().Any(e => e!["action"]!.GetValue<string>() == "PLAN_READ_VERSION" && e["byId"]!.GetValue<string>() == who!.Id));
        }),
        ["placePlanTotals"] = new(Commissioners, "place.not-a-commissioner", async (f, who) =>
        {
            var reply = await f.Api(who).Post("query($s: String!) { placePlanTotals(placeSlug: $s) { plans streams { streamId people } } }", new { s = f.Slug });
            return new(reply, () => Task.FromResult(reply.Data?["placePlanTotals"]?["plans"]?.GetValue<int>() >= 5));
        }),
        ["planSectionPage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await PlanApi.Save(f.Practitioner, id);
            var reply = await f.Page(who, $"/life-pictures/{id}/plan/savings", ("savings", "ThePerson"));
            return new(reply, async () => (await PlanApi.Get(f.Practitioner, id))["savings"]!.GetValue<string>() == "THE_PERSON");
        }),
        ["planRemoveServicePage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await PlanApi.Save(f.Practitioner, id);
            var reply = await f.Page(who, $"/life-pictures/{id}/plan/services?handler=Remove", ("line", "none"));
            // Removing a line the plan does not have still saves the plan again: a new version shows it went through.
            return new(reply, async () => (await PlanApi.Get(f.Practitioner, id))["version"]!.GetValue<int>() == 2);
        }),
        ["planCheckPage"] = new(PictureHolders, NotShared, async (f, who) =>
        {
            var id = await f.Picture();
            await PlanApi.Save(f.Practitioner, id);
            var reply = await f.Page(who, $"/life-pictures/{id}/plan/check", ("version", "1"), ("agreed", "yes"));
            return new(reply, async () => (await PlanApi.Get(f.Practitioner, id))["agreedVersion"]?.GetValue<int>() == 1);
        }),
    };
}
