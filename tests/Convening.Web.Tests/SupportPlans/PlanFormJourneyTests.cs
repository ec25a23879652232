using System.Net;
using Convening.Web.Tests.Gatherings;
using Convening.Web.Tests.LifePictures;

namespace Convening.Web.Tests.SupportPlans;

/// <summary>
/// A support plan made on its pages without JavaScript: streams with amounts (a negative one refused
/// in plain words), a service priced at the unit cost and its cash equivalent taken, a goal linked
/// to its stream, who keeps savings, then checked and agreed; a price the steward changes afterwards
/// shows beside the agreed one and does not change the plan.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PlanFormJourneyTests(WebAppFixture app)
{
    [Fact]
    public async Task Practitioner_MakesAPlanOnItsPages_AndALaterPriceChangeDoesNotChangeIt()
    {
        var scenario = new Scenario(app);
        var steward = await scenario.Register("Steward");
        var practitioner = await scenario.Register("Practitioner");
        var slug = await Scenario.CreatePlace(steward);
        var group = await Scenario.Convene(steward, slug, "Right to Control team");
        await Scenario.Join(steward, group, practitioner);
        (await steward.Api.Post("mutation($i: FundingDefaultsInput!) { useRightToControlDefaults(input: $i) { funding { placeSlug } } }",
            new { i = new { placeSlug = slug } })).ShouldSucceed();
        var taxi = (await steward.Api.Post("query($s: String!) { funding(placeSlug: $s) { streams { id unitCosts { id service unit } } } }", new { s = slug }))
            .ShouldSucceed().Data!["funding"]!["streams"]!.AsArray().Single(s => s!["id"]!.GetValue<string>() == "access-to-work")!["unitCosts"]!.AsArray()
            .Single(c => c!["service"]!.GetValue<string>().StartsWith("Taxi", StringComparison.Ordinal))!;
        var taxiId = taxi["id"]!.GetValue<string>();
        var id = await PictureApi.Record(practitioner, slug);
        using var p = await FormClient.SignedIn(app.Url, practitioner);
        var plan = $"/life-pictures/{id}/plan";

        Assert.Contains("Not yet started", await p.Text(plan), StringComparison.Ordinal);
        using (var negative = await p.Post($"{plan}/streams", $"{plan}/streams", ("amount-access-to-work", "-50"), ("pays-for-access-to-work", "Taxis")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
            Assert.Contains("must be more than £0", WebUtility.HtmlDecode(await negative.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
        using (var streams = await p.Post($"{plan}/streams", $"{plan}/streams", ("amount-access-to-work", "£2,000"), ("pays-for-access-to-work", PlanApi.PaysFor)))
            Assert.Equal(HttpStatusCode.Redirect, streams.StatusCode);
        using (var service = await p.Post($"{plan}/services", $"{plan}/services", ("new-service", $"access-to-work/{taxiId}"), ("new-quantity", "40"), ("new-cash", "Taken")))
            Assert.Equal(HttpStatusCode.Redirect, service.StatusCode);
        using (var outcome = await p.Post($"{plan}/outcomes", $"{plan}/outcomes", ("outcome-Home", "access-to-work")))
            Assert.Equal(HttpStatusCode.Redirect, outcome.StatusCode);
        using (var savings = await p.Post($"{plan}/savings", $"{plan}/savings", ("savings", "Shared")))
            Assert.Equal(HttpStatusCode.Redirect, savings.StatusCode);
        var check = WebUtility.HtmlDecode(await p.Text($"{plan}/check"));
        Assert.Contains("40 × £24.00 a journey = £960.00 from Access to Work", check, StringComparison.Ordinal);
        Assert.Contains("Cash equivalent taken instead", check, StringComparison.Ordinal);
        Assert.Contains("Shared between the person and the stream", check, StringComparison.Ordinal);
        using (var unagreed = await p.Post($"{plan}/check", $"{plan}/check", ("version", "4")))
            Assert.Contains("A plan is agreed only with the person", await unagreed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using (var agreed = await p.Post($"{plan}/check", $"{plan}/check", ("version", "4"), ("agreed", "yes")))
            Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);

        (await steward.Api.Post("mutation($i: SetUnitCostInput!) { setUnitCost(input: $i) { funding { placeSlug } } }",
            new { i = new { placeSlug = slug, streamId = "access-to-work", id = taxiId, service = taxi["service"]!.GetValue<string>(), unit = "journey", pence = 30_00 } })).ShouldSucceed();

        var after = WebUtility.HtmlDecode(await p.Text($"{plan}/check"));
        Assert.Contains("40 × £24.00 a journey = £960.00", after, StringComparison.Ordinal);
        Assert.Contains("the place's price is now £30.00", after, StringComparison.Ordinal);
        Assert.Contains("This version was agreed on", after, StringComparison.Ordinal);
        var trail = (await PictureApi.Audit(practitioner, id)).AsArray().Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(4, trail.Count(a => a == "PLAN_CHANGED"));
        Assert.Contains("PLAN_AGREED", trail);
    }
}
