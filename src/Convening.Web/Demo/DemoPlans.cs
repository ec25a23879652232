using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;

namespace Convening.Web.Demo;

/// <summary>
/// Support plans for most of the Essex demo people (the Right to Control Trailblazer): each draws on
/// the streams in their picture, with one priced service whose cash equivalent some took, a goal linked
/// to the stream paying for it, and a choice about savings; agreed, so the commissioners' table shows
/// cash taken against spend for one stream, with other figures hidden. Made up, like the pictures; the
/// same every run (nothing random, ids from <see cref="DemoPictures"/>).
/// </summary>
internal static class DemoPlans
{
    public const int People = 18;

    private static readonly SavingsChoice[] Savings = [SavingsChoice.ThePerson, SavingsChoice.Shared, SavingsChoice.TheStream];

    public static async Task Make(IGrainFactory grains, string pictureId, PictureView picture, string practitioner, int i)
    {
        var plan = grains.GetGrain<ISupportPlanGrain>(pictureId);
        if (picture.Content.FundingStreams.Count == 0 || (await plan.Get(practitioner)).Version > 0)
            return;
        var funding = await grains.GetGrain<IPlaceFundingGrain>(picture.PlaceSlug).Get();
        var first = funding.Streams.Single(s => s.Id == picture.Content.FundingStreams[0]);
        var cost = first.UnitCosts[0];
        var quantity = cost.Pence > 100_000 ? 1 : 20 + (i * 5);
        // Every other person takes the cash instead: 7 of the 13 counted whose first stream is Adult Social Care and 6 who
        // do not, so that stream shows cash taken, while Access to Work (one taker among 7) and the small streams hide it.
        var cash = i % 2 == 0 ? CashChoice.Taken : CashChoice.OfferedNotTaken;
        var streams = picture.Content.FundingStreams.Select((s, n) =>
            new PlanStream(s, n == 0 ? (cost.Pence * quantity) + 500_00 : 1_500_00 + (i * 100_00), n == 0 ? $"{cost.Service}, {quantity} a year" : "")).ToList();
        var goal = picture.Content.Areas.First(a => a.Goals.Length > 0).Area;
        await plan.Save(new SavePlan(0, streams, [new PlanServiceChoice(null, first.Id, cost.Id, quantity, cash)],
            [new PlanOutcome(goal, [first.Id])], Savings[i % Savings.Length]), practitioner);
        await plan.Agree(new AgreePlan(1, true), practitioner);
    }
}
