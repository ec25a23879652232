using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>A measure's new name, description and chart settings, flat as the schema gives them; left-out settings take the chart's defaults.</summary>
public sealed record EditMeasureInput(string Name, string Unit, string Description, ImprovementDirection Direction, double? Target, ChartKind ChartKind, string Reason,
    int BaselinePoints = SpcSettings.DefaultBaseline, bool ScreenOutliers = true)
{
    public EditMeasure ToCommand() => new(Name, Unit, Description, new MeasureSettings(Direction, Target, BaselinePoints, ScreenOutliers, ChartKind), Reason);
}

public sealed class EditMeasureInputType : CommandInputType<EditMeasureInput>
{
    public EditMeasureInputType() : base("EditMeasureInput", "A measure's name, description and chart settings, all given, with why they change.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure ('failure-demand' takes only chart settings).");
        Field(x => x.Name).Description("What is measured; unique within the cycle.");
        Field(x => x.Unit, nullable: true).Description("The unit, e.g. 'days'.");
        Field(x => x.Description, nullable: true).Description("How it is counted.");
        Field<NonNullGraphType<ImprovementDirectionType>>("direction").Description("Which way is better.");
        Field(x => x.Target, nullable: true).Description("A target, or null for none.");
        Field(x => x.BaselinePoints, nullable: true).Description($"How many points of each period the limits come from ({SpcSettings.MinimumForLimits} to {SpcSettings.MaximumBaseline}; default {SpcSettings.DefaultBaseline}).");
        Field(x => x.ScreenOutliers, nullable: true).Description("Leave moving ranges of 3.267 × the average or more out of the limits (default true).");
        Field<NonNullGraphType<ChartKindType>>("chartKind").Description("XMR, P, C or U. P and U need numerators and denominators.");
        Field(x => x.Reason).Description("Why; kept in the measure's history.");
    }
}

/// <summary>Why something is removed; kept in the history.</summary>
public sealed record RemovalInput(string Reason);

public sealed class RemoveMeasureInputType : CommandInputType<RemovalInput>
{
    public RemoveMeasureInputType() : base("RemoveMeasureInput", "A measure to remove with its points; the cycle's steward or a group convenor only.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure.");
        Field(x => x.Reason).Description("Why; kept in the cycle's history.");
    }
}

/// <summary>The point on a date and its correction, with why.</summary>
public sealed record CorrectDataPointInput(DateOnly Date, DataPointInput Point, string Reason);

public sealed class CorrectDataPointInputType : CommandInputType<CorrectDataPointInput>
{
    public CorrectDataPointInputType() : base("CorrectDataPointInput", "Replaces the point on a date (its date may change too), with why.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure.");
        Field(x => x.Date).Description("The date of the point to correct.");
        Field<NonNullGraphType<DataPointInputType>>("point").Description("The corrected point.");
        Field(x => x.Reason).Description("Why; kept in the measure's history.");
    }
}

/// <summary>A date on a measure's chart (a point, or a recalculation) to remove, with why.</summary>
public sealed record DatedRemovalInput(DateOnly Date, string Reason);

public sealed class RemoveDataPointInputType : CommandInputType<DatedRemovalInput>
{
    public RemoveDataPointInputType() : base("RemoveDataPointInput", "Removes the point on a date, with why.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure.");
        Field(x => x.Date).Description("The date of the point to remove.");
        Field(x => x.Reason).Description("Why; kept in the measure's history.");
    }
}

/// <summary>A recalculation as the schema names its fields (date, not from).</summary>
public sealed record RecalculateInput(DateOnly Date, string Reason, string? ExperimentId, string? Decision)
{
    public Recalculate ToCommand() => new(Date, Reason, ExperimentId, Decision);
}

public sealed class RecalculateInputType : CommandInputType<RecalculateInput>
{
    public RecalculateInputType() : base("RecalculateInput", "Recalculates a chart's limits from a change point; the cycle's steward or a group convenor only. Link the experiment or describe the decision that changed the process.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure.");
        Field(x => x.Date).Description("The first date of the new period; there must be data before and on or after it.");
        Field(x => x.Reason).Description("Why the process changed.");
        Field(x => x.ExperimentId, type: typeof(IdGraphType)).Description("The experiment that changed it.");
        Field(x => x.Decision, nullable: true).Description("The decision that changed it, where it was not an experiment.");
    }
}

public sealed class RemoveRecalculationInputType : CommandInputType<DatedRemovalInput>
{
    public RemoveRecalculationInputType() : base("RemoveRecalculationInput", "Removes a recalculation, so its period joins the one before; the steward or a convenor only.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("measureId", "The measure.");
        Field(x => x.Date).Description("The recalculation's date.");
        Field(x => x.Reason).Description("Why; kept in the measure's history.");
    }
}

/// <summary>A demand entry's corrected date, words and kind, with why.</summary>
public sealed record CorrectDemandInput(DateOnly Date, string Words, DemandKind Kind, string Reason)
{
    public LogDemand ToDemand() => new(Date, Words, Kind);
}

public sealed class CorrectDemandInputType : CommandInputType<CorrectDemandInput>
{
    public CorrectDemandInputType() : base("CorrectDemandInput", "Corrects a demand entry's date, words or kind, with why.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("entryId", "The demand entry.");
        Field(x => x.Date).Description("When the demand was made.");
        Field(x => x.Words).Description("What the person said.");
        Field<NonNullGraphType<DemandKindType>>("kind").Description("Value or failure demand.");
        Field(x => x.Reason).Description("Why; kept in the cycle's history.");
    }
}

public sealed class RemoveDemandInputType : CommandInputType<RemovalInput>
{
    public RemoveDemandInputType() : base("RemoveDemandInput", "Removes a demand entry, with why.")
    {
        Key<IdGraphType>("cycleId", "The cycle.");
        Key<IdGraphType>("entryId", "The demand entry.");
        Field(x => x.Reason).Description("Why; kept in the cycle's history.");
    }
}
