using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.Groups;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;
using Convening.Grains.Tests.LifePictures;
using Convening.Grains.Tests.Reflections;
using Convening.Grains.Tests.Support;

namespace Convening.Grains.Tests.SupportPlans;

[Collection(ClusterCollection.Name)]
public sealed class PlanTests(ClusterFixture fixture)
{
    private readonly IGrainFactory _grains = fixture.Grains;
    private const string PaysFor = "A taxi to the Chelmsford garden centre where Jo works";

    private static SavePlan Plan(int expected, FundingView funding, CashChoice cash = CashChoice.Taken, long amount = 2_000_00) =>
        new(expected,
            [new PlanStream("access-to-work", amount, PaysFor), new PlanStream("adult-social-care", 1_000_00, "")],
            [new PlanServiceChoice(null, "access-to-work", Taxi(funding).Id, 40, cash)],
            [new PlanOutcome(LifeArea.Home, ["adult-social-care", "access-to-work"])],
            SavingsChoice.Shared);

    private static UnitCostView Taxi(FundingView funding) => funding.Streams.Single(s => s.Id == "access-to-work").UnitCosts.Single(c => c.Service.StartsWith("Taxi", StringComparison.Ordinal));

    [Fact]
    public async Task Plan_KeepsThePriceItWasAgreedAt_WhenTheUnitCostChangesAfterwards()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var plan = _grains.GetGrain<ISupportPlanGrain>(picture.GetPrimaryKeyString());
        var funding = _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug);
        var taxi = Taxi(await funding.Get());

        var saved = await plan.Save(Plan(0, await funding.Get()), world.Practitioner.Id);
        await funding.SetUnitCost(new SetUnitCost("access-to-work", taxi.Id, taxi.Service, taxi.Unit, 30_00), world.Steward.Id);
        var seen = await plan.Get(world.Person.Id);
        var again = await plan.Save(new SavePlan(1, seen.Streams, [.. seen.Services.Select(s => new PlanServiceChoice(s.Line.Id, s.Line.StreamId, s.Line.UnitCostId, 45, s.Line.Cash))], seen.Outcomes, seen.Savings), world.Practitioner.Id);

        Assert.Equal(24_00, saved.Services.Single().Line.PricePence);
        Assert.Null(saved.Services.Single().CurrentPence);
        Assert.Equal(24_00, seen.Services.Single().Line.PricePence);
        Assert.Equal(30_00, seen.Services.Single().CurrentPence);
        Assert.Equal(45 * 24_00, again.Services.Single().Line.CostPence);
        Assert.Equal([LifeArea.Home], seen.Goals.Select(g => g.Area));
        Assert.Equal(SavingsChoice.Shared, seen.Savings);
        var trail = await picture.AuditTrail(world.Person.Id);
        Assert.Equal(2, trail.Count(e => e.Action == PictureAction.PlanChanged));
        Assert.Contains(trail, e => e.Action == PictureAction.PlanOpened && e.ById == world.Person.Id);
    }

    [Fact]
    public async Task StoredBytes_DoNotContainThePlansWords()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var plan = _grains.GetGrain<ISupportPlanGrain>(picture.GetPrimaryKeyString());
        await plan.Save(Plan(0, await _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug).Get()), world.Practitioner.Id);

        Assert.Equal(PaysFor, (await plan.Get(world.Practitioner.Id)).Streams[0].PaysFor);
        Assert.False(StoredRows.Contain(fixture.DataPath, "Chelmsford garden centre"));
    }

    [Fact]
    public async Task BadAmounts_UnknownStreams_AndAPlanWithoutTheirAgreement_AreRefusedWithCodes()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var plan = _grains.GetGrain<ISupportPlanGrain>(picture.GetPrimaryKeyString());
        var funding = await _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug).Get();
        var good = Plan(0, funding);

        Assert.Equal("streams[0].amount", (await Refused.With("plan.amount-out-of-range", () => plan.Save(Plan(0, funding, amount: -5_00), world.Practitioner.Id))).Field);
        await Refused.With("plan.amount-out-of-range", () => plan.Save(Plan(0, funding, amount: Limits.MaxPlanStreamPence + 1), world.Practitioner.Id));
        await Refused.With("plan.over-amount", () => plan.Save(Plan(0, funding, amount: 10_00), world.Practitioner.Id));
        await Refused.With("plan.quantity-out-of-range", () => plan.Save(good with { Services = [good.Services[0] with { Quantity = 0 }] }, world.Practitioner.Id));
        await Refused.With("plan.unknown-stream", () => plan.Save(good with { Streams = [.. good.Streams, new PlanStream("lottery", 5_00, "")] }, world.Practitioner.Id));
        await Refused.With("plan.outcome-no-goal", () => plan.Save(good with { Outcomes = [new PlanOutcome(LifeArea.Money, ["access-to-work"])] }, world.Practitioner.Id));
        await Refused.With("plan.empty", () => plan.Agree(new AgreePlan(0, true), world.Practitioner.Id));
        var saved = await plan.Save(good, world.Practitioner.Id);
        Assert.Equal("agreed", (await Refused.With("plan.no-consent", () => plan.Agree(new AgreePlan(1, false), world.Practitioner.Id))).Field);
        await Refused.With("plan.conflict", () => plan.Save(good, world.Practitioner.Id));
        Assert.Equal(1, saved.Version);
        Assert.Null((await plan.Get(world.Practitioner.Id)).AgreedVersion);
    }

    [Fact]
    public async Task OnlyThePersonAndTheirPractitioners_MayOpenThePlan_AndOneWhoLeavesThePlaceLosesIt()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var plan = _grains.GetGrain<ISupportPlanGrain>(picture.GetPrimaryKeyString());
        var leaver = await _grains.Person("Lee");
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await group.Convene(new ConveneGroup(world.Place.Slug, "Right to Control team", ""), world.Steward.Id);
        await group.Join(world.Steward, leaver, GroupRole.Member);
        await picture.AddPractitioner(leaver.Id, world.Practitioner.Id);
        await plan.Save(Plan(0, await _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug).Get()), leaver.Id);

        var funding = await _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug).Get();
        foreach (var other in new[] { world.OtherPractitioner, world.Commissioner, world.Steward, world.Outsider })
        {
            await Refused.With(AccessPolicy.PictureNotShared, () => plan.Get(other.Id));
            await Refused.With(AccessPolicy.PictureNotShared, () => plan.Save(Plan(1, funding), other.Id));
        }
        await group.RemoveMember(leaver.Id, world.Steward.Id);
        await Refused.With(AccessPolicy.PictureNotShared, () => plan.Get(leaver.Id));
        Assert.Equal(1, (await plan.Get(world.Person.Id)).Version);
    }

    [Fact]
    public async Task AgreedPlans_AddUpByStream_WithCashTakenSuppressedBelowFive_LeaveAtOnce_AndCountAgainWhenThePersonOptsBackIn()
    {
        var world = await PictureWorld.Create(_grains, "Essex");
        var funding = await _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug).Get();
        var totals = _grains.GetGrain<ISupportPlanTotalsGrain>(world.Place.Slug);
        var plans = new List<(ILifePictureGrain Picture, ISupportPlanGrain Plan)>();
        for (var i = 0; i < 7; i++)
        {
            var picture = await world.ClaimedPicture();
            var plan = _grains.GetGrain<ISupportPlanGrain>(picture.GetPrimaryKeyString());
            await plan.Save(Plan(0, funding, i < 2 ? CashChoice.Taken : CashChoice.OfferedNotTaken), world.Practitioner.Id);
            await plan.Agree(new AgreePlan(1, true), world.Person.Id);
            plans.Add((picture, plan));
        }
        await Refused.With(AccessPolicy.CommissionersOnly, () => totals.Totals(world.Practitioner.Id));

        var table = await totals.Totals(world.Commissioner.Id);

        var work = table.Streams.Single(s => s.StreamId == "access-to-work");
        Assert.Equal(7, table.Plans);
        Assert.Equal(7, work.People);
        Assert.Equal(7 * 2_000_00, work.SpendPence);
        Assert.Null(work.PeopleTakingCash);
        Assert.Null(work.CashTakenPence);
        Assert.Equal(0, table.Streams.Single(s => s.StreamId == "work-choice").People);

        await plans[0].Picture.Withdraw(world.Person.Id);
        await plans[1].Picture.SetCountsInTotals(false, world.Person.Id);
        await plans[2].Picture.SetCountsInTotals(false, world.Person.Id);
        await Refused.With("totals.too-few-people", () => totals.Totals(world.Commissioner.Id));
        await Refused.With("picture.withdrawn", () => plans[0].Plan.Get(world.Person.Id));

        // Back in by the person's choice: the agreed plan counts again without being agreed again (the plan is told one-way).
        await plans[1].Picture.SetCountsInTotals(true, world.Person.Id);
        await Eventually.True(async () => (await PlanCount(totals, world)) == 5, "the plan counting again");
        Assert.Equal(5, (await totals.Totals(world.Commissioner.Id)).Streams.Single(s => s.StreamId == "access-to-work").People);
        // A plan changed since it was agreed does not count on opting back in; opting out still leaves at once.
        var seen = await plans[2].Plan.Get(world.Person.Id);
        await plans[2].Plan.Save(new SavePlan(seen.Version, seen.Streams, [], seen.Outcomes, SavingsChoice.ThePerson), world.Practitioner.Id);
        await plans[2].Picture.SetCountsInTotals(true, world.Person.Id);
        Assert.Equal(1, (await plans[2].Plan.Get(world.Person.Id)).AgreedVersion);
        await plans[3].Picture.SetCountsInTotals(false, world.Person.Id);
        await Refused.With("totals.too-few-people", () => totals.Totals(world.Commissioner.Id));
        await plans[3].Picture.SetCountsInTotals(true, world.Person.Id);
        await Eventually.True(async () => (await PlanCount(totals, world)) == 5, "the unchanged plan counting again");
        Assert.Equal(5, (await totals.Totals(world.Commissioner.Id)).Plans);
    }

    private static async Task<int> PlanCount(ISupportPlanTotalsGrain totals, PictureWorld world)
    {
        try
        {
            return (await totals.Totals(world.Commissioner.Id)).Plans;
        }
        catch (ConveningException e) when (e.Code == "totals.too-few-people")
        {
            return 0;
        }
    }

    [Fact]
    public async Task AgreedVersions_AreKeptSealed_AndEachReadOfOneIsInTheAuditTrail()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var plan = _grains.GetGrain<ISupportPlanGrain>(picture.GetPrimaryKeyString());
        var funding = await _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug).Get();
        const string first = "Minicabs to the Maldon pottery studio on Tuesdays";
        var v1 = Plan(0, funding) with { Streams = [new PlanStream("access-to-work", 2_000_00, first), new PlanStream("adult-social-care", 1_000_00, "")] };
        await plan.Save(v1, world.Practitioner.Id);
        await plan.Agree(new AgreePlan(1, true), world.Person.Id);
        await plan.Save(Plan(1, funding, amount: 3_000_00), world.Practitioner.Id);
        await plan.Agree(new AgreePlan(2, true), world.Practitioner.Id);
        await plan.Save(Plan(2, funding, amount: 4_000_00), world.Practitioner.Id);

        var now = await plan.Get(world.Person.Id);
        var earlier = await plan.AgreedVersion(1, world.Practitioner.Id);

        Assert.Equal([2, 1], now.History.Select(v => v.Number));
        Assert.Equal([world.Practitioner.Name, world.Person.Name], now.History.Select(v => v.RecordedBy));
        Assert.Equal(4_000_00, now.Streams[0].AmountPence);
        Assert.Equal(first, earlier.Content.Streams[0].PaysFor);
        Assert.Equal(2_000_00, earlier.Content.Streams[0].AmountPence);
        Assert.Equal(3_000_00, (await plan.AgreedVersion(2, world.Person.Id)).Content.Streams[0].AmountPence);
        await Refused.With("plan.version-not-found", () => plan.AgreedVersion(3, world.Person.Id));
        foreach (var other in new[] { world.OtherPractitioner, world.Commissioner, world.Outsider })
            await Refused.With(AccessPolicy.PictureNotShared, () => plan.AgreedVersion(1, other.Id));
        Assert.Contains(await picture.AuditTrail(world.Person.Id), e => e.Action == PictureAction.PlanReadVersion && e.ById == world.Practitioner.Id);
        Assert.False(StoredRows.Contain(fixture.DataPath, "Maldon pottery"));
    }

    [Fact]
    public async Task Download_OfThePlan_IsThePersonsOnly_WithEveryAgreedVersion()
    {
        var world = await PictureWorld.Create(_grains);
        var picture = await world.ClaimedPicture();
        var plan = _grains.GetGrain<ISupportPlanGrain>(picture.GetPrimaryKeyString());
        var funding = await _grains.GetGrain<IPlaceFundingGrain>(world.Place.Slug).Get();
        // Before there is a plan, the download holds none and the trail does not say a plan was downloaded; it is still the person's only.
        Assert.Equal((0, 0), ((await plan.Download(world.Person.Id)).Version, (await plan.Download(world.Person.Id)).AgreedVersions.Count));
        Assert.DoesNotContain(await picture.AuditTrail(world.Person.Id), e => e.Action == PictureAction.PlanDownloaded);
        await Refused.With(AccessPolicy.PictureSubjectOnly, () => plan.Download(world.Practitioner.Id));
        await plan.Save(Plan(0, funding), world.Practitioner.Id);
        await plan.Agree(new AgreePlan(1, true), world.Person.Id);
        await plan.Save(Plan(1, funding, CashChoice.OfferedNotTaken), world.Practitioner.Id);

        var export = await plan.Download(world.Person.Id);

        Assert.Equal(2, export.Version);
        Assert.Equal(1, export.AgreedVersion);
        Assert.NotNull(export.AgreedAt);
        Assert.Equal(PaysFor, export.Latest.Streams[0].PaysFor);
        Assert.Equal(CashChoice.OfferedNotTaken, export.Latest.Services[0].Cash);
        Assert.Equal(CashChoice.Taken, export.AgreedVersions.Single().Content.Services[0].Cash);
        Assert.Equal(40 * 24_00, export.AgreedVersions.Single().Content.Services[0].CostPence);
        Assert.Equal(SavingsChoice.Shared, export.Latest.Savings);
        Assert.Equal("Access to Work", export.StreamNames["access-to-work"]);
        Assert.Contains(await picture.AuditTrail(world.Person.Id), e => e.Action == PictureAction.PlanDownloaded && e.ById == world.Person.Id);
        await Refused.With(AccessPolicy.PictureSubjectOnly, () => plan.Download(world.Practitioner.Id));
        foreach (var other in new[] { world.OtherPractitioner, world.Commissioner, world.Steward, world.Outsider })
            await Refused.With(AccessPolicy.PictureNotShared, () => plan.Download(other.Id));
        // A practitioner who has left the place gets nothing either: the picture refuses them as if it were not there.
        var leaver = await _grains.Person("Lee");
        var group = _grains.GetGrain<IGroupGrain>(Guid.NewGuid().ToString("N"));
        await group.Convene(new ConveneGroup(world.Place.Slug, "Right to Control team", ""), world.Steward.Id);
        await group.Join(world.Steward, leaver, GroupRole.Member);
        await picture.AddPractitioner(leaver.Id, world.Practitioner.Id);
        await group.RemoveMember(leaver.Id, world.Steward.Id);
        await Refused.With(AccessPolicy.PictureNotShared, () => plan.Download(leaver.Id));
        Assert.DoesNotContain(await picture.AuditTrail(world.Person.Id), e => e.Action == PictureAction.PlanDownloaded && e.ById != world.Person.Id);
    }
}
