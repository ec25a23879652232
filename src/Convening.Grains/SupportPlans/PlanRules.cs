using Convening.Contracts;
using Convening.Contracts.Funding;
using Convening.Contracts.LifePictures;
using Convening.Contracts.SupportPlans;

namespace Convening.Grains.SupportPlans;

/// <summary>What a support plan must be. Errors name the field, never quote the plan's words.</summary>
internal static class PlanRules
{
    /// <summary>The checks that need nothing but the command: made before any other grain is asked.</summary>
    public static void Shape(SavePlan command)
    {
        var streams = command.Streams ?? [];
        if (streams.Count > Limits.FundingStreamsPerPlace)
            throw new ConveningException("plan.too-many-streams", $"A plan can draw on at most {Limits.FundingStreamsPerPlace} funding streams.") { Field = "streams" };
        for (var i = 0; i < streams.Count; i++)
        {
            if (streams[i].AmountPence <= 0 || streams[i].AmountPence > Limits.MaxPlanStreamPence)
                throw new ConveningException("plan.amount-out-of-range",
                    $"What a stream puts into a plan must be more than £0 and at most £{Limits.MaxPlanStreamPence / 100:N0}.") { Field = $"streams[{i}].amount" };
        }
        if (streams.GroupBy(s => s.StreamId).Any(g => g.Count() > 1))
            throw new ConveningException("plan.stream-twice", "Each funding stream can be in a plan once.") { Field = "streams" };
        var services = command.Services ?? [];
        if (services.Count > Limits.PlanServices)
            throw new ConveningException("plan.too-many-services", $"A plan can have at most {Limits.PlanServices} services.") { Field = "services" };
        for (var i = 0; i < services.Count; i++)
        {
            if (services[i].Quantity <= 0 || services[i].Quantity > Limits.MaxPlanQuantity)
                throw new ConveningException("plan.quantity-out-of-range", $"How many must be from 1 to {Limits.MaxPlanQuantity:N0}.") { Field = $"services[{i}].quantity" };
            if (!Enum.IsDefined(services[i].Cash))
                throw new ConveningException("plan.cash-unknown", "Say whether the cash equivalent was offered, and taken.") { Field = $"services[{i}].cash" };
        }
        if (!Enum.IsDefined(command.Savings))
            throw new ConveningException("plan.savings-unknown", "Choose who keeps any savings: the person, the stream, or shared.") { Field = "savings" };
    }

    /// <summary>
    /// The plan to keep: streams the place has, services priced at today's unit cost unless the plan
    /// already took them (then at the price it took them at), goals the picture has.
    /// </summary>
    public static PlanContent Valid(SavePlan command, PlanContent old, FundingView funding, IReadOnlyList<AreaGoal> goals)
    {
        Shape(command);
        var streams = (command.Streams ?? []).Select((s, i) =>
        {
            if (!funding.Streams.Any(f => f.Id == s.StreamId))
                throw new ConveningException("plan.unknown-stream", "Choose funding streams from this place's list.") { Field = $"streams[{i}]" };
            return new PlanStream(s.StreamId, s.AmountPence, Check.OptionalMultiline(s.PaysFor, "pays-for", Limits.NoteLength));
        }).ToList();
        var services = (command.Services ?? []).Select((c, i) => Line(c, i, streams, old, funding)).ToList();
        foreach (var (stream, i) in streams.Select((s, i) => (s, i)))
        {
            var cost = services.Where(s => s.StreamId == stream.StreamId).Sum(s => s.CostPence);
            if (cost > stream.AmountPence)
                throw new ConveningException("plan.over-amount",
                    $"The services {Name(funding, stream.StreamId)} pays for cost £{cost / 100m:N2}, more than the £{stream.AmountPence / 100m:N2} it puts in.") { Field = $"streams[{i}].amount" };
        }
        var outcomes = (command.Outcomes ?? []).Select((o, i) =>
        {
            if (!goals.Any(g => g.Area == o.Area))
                throw new ConveningException("plan.outcome-no-goal", "Link streams only to goals the person's picture has.") { Field = $"outcomes[{i}]" };
            var ids = (o.StreamIds ?? []).Distinct().ToList();
            if (ids.Any(id => !streams.Any(s => s.StreamId == id)))
                throw new ConveningException("plan.outcome-stream-not-in-plan", "Link a goal only to streams in the plan.") { Field = $"outcomes[{i}]" };
            return new PlanOutcome(o.Area, ids);
        }).Where(o => o.StreamIds.Count > 0).ToList();
        if (outcomes.GroupBy(o => o.Area).Any(g => g.Count() > 1))
            throw new ConveningException("plan.outcome-twice", "Each goal can be linked once.") { Field = "outcomes" };
        return new PlanContent(streams, services, [.. outcomes.OrderBy(o => o.Area)], command.Savings);
    }

    private static PlanService Line(PlanServiceChoice choice, int i, List<PlanStream> streams, PlanContent old, FundingView funding)
    {
        if (!streams.Any(s => s.StreamId == choice.StreamId))
            throw new ConveningException("plan.service-stream-not-in-plan", "A service must be paid for by a stream in the plan: add the stream first.") { Field = $"services[{i}]" };
        // The snapshot: a line the plan already has keeps its price, whatever the unit cost is now.
        if (old.Services.FirstOrDefault(s => s.Id == choice.Id && s.UnitCostId == choice.UnitCostId && s.StreamId == choice.StreamId) is { } kept)
            return kept with { Quantity = choice.Quantity, Cash = choice.Cash };
        var cost = funding.Streams.FirstOrDefault(s => s.Id == choice.StreamId)?.UnitCosts.FirstOrDefault(c => c.Id == choice.UnitCostId)
            ?? throw new ConveningException("plan.unit-cost-not-found", "That service is not priced in this funding stream.") { Field = $"services[{i}]" };
        return new PlanService(Guid.NewGuid().ToString("N"), choice.StreamId, cost.Id, cost.Service, cost.Unit, cost.Pence, cost.Version, choice.Quantity, choice.Cash);
    }

    private static string Name(FundingView funding, string streamId) => funding.Streams.FirstOrDefault(s => s.Id == streamId)?.Name ?? streamId;

    /// <summary>What an agreed plan adds to the place's totals: money by stream, no words.</summary>
    public static PlanContribution Contribution(PlanContent content) =>
        new([.. content.Streams.Select(s => new StreamSpend(s.StreamId, s.AmountPence,
            content.Services.Where(l => l.StreamId == s.StreamId && l.Cash == CashChoice.Taken).Sum(l => l.CostPence)))]);
}
