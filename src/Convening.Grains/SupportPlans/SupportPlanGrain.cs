using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.Storage;
using Convening.Contracts.SupportPlans;
using Convening.Grains.LifePictures;
using Microsoft.Extensions.Logging;

namespace Convening.Grains.SupportPlans;

[GenerateSerializer, Alias("convening.support-plan-state")]
public sealed class SupportPlanState
{
    [Id(0)] public string PlaceSlug { get; set; } = "";
    [Id(1)] public int Version { get; set; }
    /// <summary>The plan's <see cref="PlanContent"/>, only ever sealed with the place's key.</summary>
    [Id(2)] public byte[]? Content { get; set; }
    [Id(3)] public int? AgreedVersion { get; set; }
    [Id(4)] public DateTimeOffset? AgreedAt { get; set; }
    /// <summary>Every agreed version kept, oldest first; each sealed as it was when saved.</summary>
    [Id(5)] public List<AgreedPlanVersion> Agreed { get; set; } = [];
}

[GenerateSerializer, Alias("convening.agreed-plan-version")]
public sealed class AgreedPlanVersion
{
    [Id(0)] public PlanVersionInfo Info { get; set; } = null!;
    /// <summary>The <see cref="PlanContent"/> sealed with the place's key, exactly as the version was stored.</summary>
    [Id(1)] public byte[] Content { get; set; } = [];
}

/// <summary>
/// The single writer of one person's support plan (decision 0043). Access and the audit trail are
/// the picture's: each call asks the picture grain first (which refuses as it would for the picture,
/// including a practitioner who has left the place), then reads or writes the sealed plan.
/// </summary>
public sealed partial class SupportPlanGrain(
    [PersistentState("support-plan", StorageNames.Main)] IPersistentState<SupportPlanState> state,
    IPlaceKeys keys,
    GrainClock clock,
    ILogger<SupportPlanGrain> logger)
    : Grain, ISupportPlanGrain
{
    private SupportPlanState S => state.State;
    private string Id => this.GetPrimaryKeyString();
    private ILifePictureGrain Picture => GrainFactory.GetGrain<ILifePictureGrain>(Id);

    public async Task<PlanView> Get(string? callerId)
    {
        var standing = await Picture.ForPlan(PictureAction.PlanOpened, callerId);
        return await View(standing, await Content(standing.PlaceSlug));
    }

    public async Task<PlanView> Save(SavePlan command, string? callerId)
    {
        PlanRules.Shape(command);
        var standing = await Picture.ForPlan(null, callerId);
        RequireVersion(command.ExpectedVersion);
        var old = await Content(standing.PlaceSlug);
        var funding = await GrainFactory.GetGrain<IPlaceFundingGrain>(standing.PlaceSlug).Get();
        var content = PlanRules.Valid(command, old, funding, standing.Goals);
        await Picture.ForPlan(PictureAction.PlanChanged, callerId);
        S.PlaceSlug = standing.PlaceSlug;
        S.Version++;
        S.Content = Seal.Close(content, await keys.KeyFor(S.PlaceSlug), Context(S.Version));
        await state.Write(this);
        // A changed plan counts again once the person agrees it.
        await Totals().Uncount(Id);
        return await View(standing, content, funding);
    }

    public async Task<PlanView> Agree(AgreePlan command, string? callerId)
    {
        var standing = await Picture.ForPlan(null, callerId);
        RequireVersion(command.ExpectedVersion);
        if (!command.PersonAgreed)
            throw new ConveningException("plan.no-consent", "A plan is agreed only with the person. Check it with them, and tick the box to say they agreed.") { Field = "agreed" };
        if (S.Version == 0)
            throw new ConveningException("plan.empty", "Add the funding streams the plan draws on before agreeing it.");
        var content = await Content(standing.PlaceSlug);
        await Picture.ForPlan(PictureAction.PlanAgreed, callerId);
        S.AgreedVersion = S.Version;
        S.AgreedAt = clock.UtcNow;
        Keep(standing.CallerName);
        await state.Write(this);
        if (standing.CountsInTotals)
            await this.Run(logger, "counting the plan in its place's totals", () => CountIfAgreed(content));
        return await View(standing, content);
    }

    public async Task Erase()
    {
        if (S.Content is null && S.Version == 0)
            return;
        if (S.PlaceSlug.Length > 0)
            await Totals().Uncount(Id);
        await state.ClearStateAsync();
    }

    private void RequireVersion(int expected)
    {
        if (expected != S.Version)
            throw ConveningException.Conflict("plan.conflict",
                $"Someone saved this plan while you were working on it (it is now at version {S.Version}, you started from version {expected}). Reload it and make your change again.");
    }

    private async Task<PlanContent> Content(string placeSlug) =>
        S.Content is null ? PlanContent.Empty : Seal.Open<PlanContent>(S.Content, await keys.KeyFor(placeSlug), Context(S.Version));

    private string Context(int version) => $"support-plan/{Id}/{version}";

    private ISupportPlanTotalsGrain Totals() => GrainFactory.GetGrain<ISupportPlanTotalsGrain>(S.PlaceSlug);

    /// <summary>Each service at the price it was taken at, with today's price beside it when that has changed.</summary>
    private async Task<PlanView> View(PlanStanding standing, PlanContent content, FundingView? funding = null)
    {
        funding ??= await GrainFactory.GetGrain<IPlaceFundingGrain>(standing.PlaceSlug).Get();
        var services = content.Services.Select(l =>
        {
            var now = funding.Streams.FirstOrDefault(s => s.Id == l.StreamId)?.UnitCosts.FirstOrDefault(c => c.Id == l.UnitCostId);
            return new PlanServiceView(l, now is null || now.Version == l.PriceVersion ? null : now.Pence);
        }).ToList();
        return new PlanView(Id, standing.PlaceSlug, standing.KnownAs, S.Version, content.Streams, services, content.Outcomes, content.Savings,
            standing.Goals, S.AgreedVersion, S.AgreedAt, standing.CallerIsThePerson, [.. Enumerable.Reverse(S.Agreed).Select(v => v.Info)]);
    }
}
