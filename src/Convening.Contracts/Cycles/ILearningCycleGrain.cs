namespace Convening.Contracts.Cycles;

/// <summary>
/// A learning cycle: a group's question worked through the Human Learning Systems stages
/// (understand, plan, try, reflect, share), with its experiments, measures, demand log and links
/// to cycles elsewhere in the system. Keyed by a 32-hex id. Members and convenors of the group
/// change it, observers read it, and everyone else sees only its <see cref="CycleSummary"/>.
/// </summary>
public interface ILearningCycleGrain : IGrainWithStringKey
{
    /// <summary>Starts the cycle in a group and opens its live board; the caller becomes its steward.</summary>
    Task<CycleView> Start(StartCycle command, string? callerId);

    /// <summary>The public part: question, group, stage.</summary>
    Task<CycleSummary> GetSummary();

    /// <summary>The whole cycle; members of the group (observers included) only.</summary>
    Task<CycleView> Get(string? callerId);

    Task<CycleView> Update(UpdateCycle command, string? callerId);

    /// <summary>Moves to the next or previous stage; the steward or a group convenor only.</summary>
    Task<CycleView> MoveStage(CycleStage to, string? callerId);

    /// <summary>Records what a stage the cycle has reached produced (Markdown).</summary>
    Task<CycleView> RecordStageOutput(CycleStage stage, string output, string? callerId);

    /// <summary>
    /// Links this cycle to another; the link shows on both cycles. Where the caller cannot change
    /// the other cycle, the link becomes a request its group accepts or declines.
    /// </summary>
    Task<CycleView> Link(string otherCycleId, CycleRelation relation, string? callerId);

    /// <summary>Removes a link from both cycles, or withdraws a link request this cycle made.</summary>
    Task<CycleView> Unlink(string otherCycleId, string? callerId);

    /// <summary>Accepts a link asked of this cycle: the group's convenors or the cycle's steward.</summary>
    Task<CycleView> AcceptLink(string otherCycleId, string? callerId);

    /// <summary>Declines a link asked of this cycle: the group's convenors or the cycle's steward.</summary>
    Task<CycleView> DeclineLink(string otherCycleId, string? callerId);

    /// <summary>Adds an experiment. Optional <paramref name="requestId"/>: see <see cref="RequestIds"/>; adding again with the same id answers with the experiment the first request added.</summary>
    Task<Experiment> AddExperiment(ExperimentPlan plan, string? callerId, string? requestId = null);

    Task<Experiment> UpdateExperiment(string experimentId, ExperimentPlan plan, string? callerId);

    Task<Experiment> RecordOutcome(string experimentId, ExperimentOutcome outcome, string? callerId);

    Task<Measure> AddMeasure(NewMeasure command, string? callerId);

    /// <summary>Adds points; a point on a date that already has one replaces it (a correction).</summary>
    Task<Measure> AddDataPoints(string measureId, IReadOnlyList<DataPoint> points, string? callerId);

    /// <summary>Reads "date,value" rows or NHSRplotthedots' columns; imports all of them, or none and reports every bad row.</summary>
    Task<CsvImport> ImportCsv(string measureId, string csv, string? callerId);

    Task<DemandEntry> LogDemand(LogDemand command, string? callerId);

    /// <summary>Changes a measure's name, description and chart settings; the reason goes in its history.</summary>
    Task<Measure> EditMeasure(string measureId, EditMeasure command, string? callerId);

    /// <summary>Removes a measure and its points; the cycle's steward or a group convenor only.</summary>
    Task RemoveMeasure(string measureId, string reason, string? callerId);

    /// <summary>Replaces the point on <paramref name="date"/> (its date may change too), with why.</summary>
    Task<Measure> CorrectDataPoint(string measureId, DateOnly date, DataPoint corrected, string reason, string? callerId);

    Task<Measure> RemoveDataPoint(string measureId, DateOnly date, string reason, string? callerId);

    /// <summary>Records a change point from which the limits are recalculated; the steward or a convenor only.</summary>
    Task<Measure> Recalculate(string measureId, Recalculate command, string? callerId);

    Task<Measure> RemoveRecalculation(string measureId, DateOnly from, string reason, string? callerId);

    Task<DemandEntry> CorrectDemand(string entryId, LogDemand corrected, string reason, string? callerId);

    Task RemoveDemand(string entryId, string reason, string? callerId);

    /// <summary>Called by the cycle a link is made from, so the link shows on this side too.</summary>
    Task LinkedFrom(string otherCycleId, CycleRelation relation, CyclePerson by);

    /// <summary>Called by the cycle a link is removed from.</summary>
    Task UnlinkedFrom(string otherCycleId);

    /// <summary>Called by the asking cycle: a link request waits here for this group's answer.</summary>
    Task LinkRequestedFrom(string otherCycleId, string otherGroupId, CycleRelation relation, CyclePerson by);

    /// <summary>Called by the asked cycle as it accepts: the request this cycle made becomes a link.</summary>
    Task LinkRequestAccepted(string otherCycleId);

    /// <summary>Called by the other side as a request is declined or withdrawn.</summary>
    Task LinkRequestClosed(string otherCycleId);
}
