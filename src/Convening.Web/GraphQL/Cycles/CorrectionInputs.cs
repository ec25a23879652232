using Convening.Contracts.Cycles;
using Convening.Contracts.Cycles.Spc;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Cycles;

/// <summary>The one input class behind every correction mutation; each input type exposes only its own fields.</summary>
public sealed class CorrectionInput
{
    public string CycleId { get; set; } = "";
    public string MeasureId { get; set; } = "";
    public string EntryId { get; set; } = "";
    public DateOnly Date { get; set; }
    public PointInput? Point { get; set; }
    public string Reason { get; set; } = "";
    public string? ExperimentId { get; set; }
    public string? Decision { get; set; }
    public string Name { get; set; } = "";
    public string? Unit { get; set; }
    public string? Description { get; set; }
    public ImprovementDirection Direction { get; set; }
    public double? Target { get; set; }
    public int? BaselinePoints { get; set; }
    public bool? ScreenOutliers { get; set; }
    public ChartKind ChartKind { get; set; }
    public string Words { get; set; } = "";
    public DemandKind Kind { get; set; }

    public MeasureSettings Settings() => new(Direction, Target, BaselinePoints ?? SpcSettings.DefaultBaseline, ScreenOutliers ?? true, ChartKind);
}

public sealed class EditMeasureInputType : InputObjectGraphType<CorrectionInput>
{
    public EditMeasureInputType()
    {
        Name = "EditMeasureInput";
        Description = "A measure's name, description and chart settings, all given, with why they change.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure ('failure-demand' takes only chart settings).");
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

public sealed class RemoveMeasureInputType : InputObjectGraphType<CorrectionInput>
{
    public RemoveMeasureInputType()
    {
        Name = "RemoveMeasureInput";
        Description = "A measure to remove with its points; the cycle's steward or a group convenor only.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure.");
        Field(x => x.Reason).Description("Why; kept in the cycle's history.");
    }
}

public sealed class CorrectDataPointInputType : InputObjectGraphType<CorrectionInput>
{
    public CorrectDataPointInputType()
    {
        Name = "CorrectDataPointInput";
        Description = "Replaces the point on a date (its date may change too), with why.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure.");
        Field(x => x.Date).Description("The date of the point to correct.");
        Field<NonNullGraphType<DataPointInputType>>("point").Description("The corrected point.");
        Field(x => x.Reason).Description("Why; kept in the measure's history.");
    }
}

public sealed class RemoveDataPointInputType : InputObjectGraphType<CorrectionInput>
{
    public RemoveDataPointInputType()
    {
        Name = "RemoveDataPointInput";
        Description = "Removes the point on a date, with why.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure.");
        Field(x => x.Date).Description("The date of the point to remove.");
        Field(x => x.Reason).Description("Why; kept in the measure's history.");
    }
}

public sealed class RecalculateInputType : InputObjectGraphType<CorrectionInput>
{
    public RecalculateInputType()
    {
        Name = "RecalculateInput";
        Description = "Recalculates a chart's limits from a change point; the cycle's steward or a group convenor only. Link the experiment or describe the decision that changed the process.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure.");
        Field(x => x.Date).Description("The first date of the new period; there must be data before and on or after it.");
        Field(x => x.Reason).Description("Why the process changed.");
        Field(x => x.ExperimentId, type: typeof(IdGraphType)).Description("The experiment that changed it.");
        Field(x => x.Decision, nullable: true).Description("The decision that changed it, where it was not an experiment.");
    }
}

public sealed class RemoveRecalculationInputType : InputObjectGraphType<CorrectionInput>
{
    public RemoveRecalculationInputType()
    {
        Name = "RemoveRecalculationInput";
        Description = "Removes a recalculation, so its period joins the one before; the steward or a convenor only.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.MeasureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The measure.");
        Field(x => x.Date).Description("The recalculation's date.");
        Field(x => x.Reason).Description("Why; kept in the measure's history.");
    }
}

public sealed class CorrectDemandInputType : InputObjectGraphType<CorrectionInput>
{
    public CorrectDemandInputType()
    {
        Name = "CorrectDemandInput";
        Description = "Corrects a demand entry's date, words or kind, with why.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.EntryId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The demand entry.");
        Field(x => x.Date).Description("When the demand was made.");
        Field(x => x.Words).Description("What the person said.");
        Field<NonNullGraphType<DemandKindType>>("kind").Description("Value or failure demand.");
        Field(x => x.Reason).Description("Why; kept in the cycle's history.");
    }
}

public sealed class RemoveDemandInputType : InputObjectGraphType<CorrectionInput>
{
    public RemoveDemandInputType()
    {
        Name = "RemoveDemandInput";
        Description = "Removes a demand entry, with why.";
        Field(x => x.CycleId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The cycle.");
        Field(x => x.EntryId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The demand entry.");
        Field(x => x.Reason).Description("Why; kept in the cycle's history.");
    }
}
