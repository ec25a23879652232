namespace Convening.Contracts.Cycles;

/// <summary>Sizes the cycle grain enforces, so one cycle's state stays cheap to read and write.</summary>
public static class CycleLimits
{
    public const int QuestionLength = 300;
    public const int StageOutputLength = 4_000;
    public const int ExperimentTextLength = 2_000;
    public const int Experiments = 100;
    public const int Links = 50;

    /// <summary>
    /// Link requests a cycle may have waiting, asked of it and asked by it (each counted apart); one
    /// group may have one request waiting with any one cycle, so a stranger cannot fill the slots.
    /// </summary>
    public const int PendingLinks = 10;
    public const int Measures = 20;
    public const int UnitLength = 40;
    public const int PointsPerMeasure = 5_000;
    public const int DemandWordsLength = 1_000;
    public const int DemandEntries = 5_000;

    /// <summary>Enough for 5,000 rows in NHSRplotthedots' columns (about 250 bytes a row with a long measure name), with room to spare.</summary>
    public const int CsvBytes = 2 * 1024 * 1024;

    /// <summary>Row problems listed in full; more are counted, not listed, so the report stays readable.</summary>
    public const int CsvProblemsListed = 50;

    public const int ReasonLength = 1_000;
    public const int Recalculations = 20;

    /// <summary>Corrections kept per measure (and for the demand log); more are refused rather than forgetting who changed what.</summary>
    public const int HistoryEntries = 2_000;

    /// <summary>Data may go back this far before a cycle started (a baseline from last year's records), no further.</summary>
    public const int YearsBeforeCycle = 20;

    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);
}
