using Convening.Contracts.Cycles.Spc;

namespace Convening.Web.Cycles;

/// <summary>
/// The text equivalents of the Making Data Count icons (NHS England), and how each is drawn: a
/// colour (grey common cause, blue improvement, orange concern, purple neutral) and a letter, so
/// that no meaning rests on colour alone.
/// </summary>
public static class IconText
{
    public static string Variation(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "Common cause variation: no significant change",
        VariationIcon.ImprovementHigh => "Special cause variation: improvement, higher values",
        VariationIcon.ImprovementLow => "Special cause variation: improvement, lower values",
        VariationIcon.ConcernHigh => "Special cause variation: concern, higher values",
        VariationIcon.ConcernLow => "Special cause variation: concern, lower values",
        VariationIcon.NeutralHigh => "Special cause variation: higher values, neither better nor worse",
        VariationIcon.NeutralLow => "Special cause variation: lower values, neither better nor worse",
        _ => "No data yet",
    };

    public static string Assurance(AssuranceIcon icon, double target, string unit) => icon switch
    {
        AssuranceIcon.Pass => $"Assurance: the process will consistently meet the target of {ChartText.WithUnit(target, unit)}",
        AssuranceIcon.Fail => $"Assurance: the process will consistently miss the target of {ChartText.WithUnit(target, unit)} unless something changes",
        AssuranceIcon.HitAndMiss => $"Assurance: hit and miss, the target of {ChartText.WithUnit(target, unit)} is within the limits, so it will sometimes be met and sometimes missed",
        _ => "No assurance: no target, or not enough data",
    };

    /// <summary>The CSS modifier for an icon's colour.</summary>
    public static string Tone(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => "improvement",
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => "concern",
        VariationIcon.NeutralHigh or VariationIcon.NeutralLow => "neutral",
        _ => "common",
    };

    public static string Tone(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => "improvement",
        AssuranceIcon.Fail => "concern",
        _ => "common",
    };

    /// <summary>The letter in the icon: H or L for special cause high or low, P or F for pass or fail, ? for hit and miss.</summary>
    public static string Letter(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ConcernHigh or VariationIcon.NeutralHigh => "H",
        VariationIcon.ImprovementLow or VariationIcon.ConcernLow or VariationIcon.NeutralLow => "L",
        _ => "",
    };

    public static string Letter(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.Pass => "P",
        AssuranceIcon.Fail => "F",
        _ => "?",
    };
}
