namespace Convening.Contracts.Boards;

/// <summary>Lanes to start a board with, for each stage of a learning cycle and for a retrospective.</summary>
public enum BoardTemplate
{
    /// <summary>The default lanes: what we notice, what we'll try, what we're learning.</summary>
    Default,

    /// <summary>Understand: the people and the factors in the system, and what matters to them.</summary>
    Understand,

    /// <summary>Plan: an experiment canvas.</summary>
    Plan,

    /// <summary>Reflect: What? So what? Now what?</summary>
    Reflect,

    Retrospective,
}

public static class BoardTemplates
{
    public static IReadOnlyList<string> Lanes(BoardTemplate template) => template switch
    {
        BoardTemplate.Understand => ["People in the system", "Factors that shape what happens", "What matters to people", "Questions we have"],
        BoardTemplate.Plan => ["What we'll try", "Why we think it will help", "What we predict", "How we'll know", "Who is involved"],
        BoardTemplate.Reflect => ["What? (what happened)", "So what? (what it means)", "Now what? (what we'll do)"],
        BoardTemplate.Retrospective => ["What went well", "What didn't go well", "What puzzles us", "What we'll change"],
        _ => BoardLimits.DefaultLanes,
    };

    /// <summary>How a template is offered to a facilitator.</summary>
    public static string Label(BoardTemplate template) => template switch
    {
        BoardTemplate.Understand => "Understand: people and factors in the system",
        BoardTemplate.Plan => "Plan: an experiment canvas",
        BoardTemplate.Reflect => "Reflect: What? So what? Now what?",
        BoardTemplate.Retrospective => "Retrospective: what went well, what didn't, what we'll change",
        _ => "The usual lanes: what we notice, what we'll try, what we're learning",
    };
}
