namespace Convening.Contracts.Reflections;

/// <summary>The questions each structure asks; forms and exports use the same words.</summary>
public static class ReflectionStructures
{
    public static IReadOnlyList<string> Prompts(ReflectionStructure structure) => structure switch
    {
        ReflectionStructure.WhatSoWhatNowWhat => ["What?", "So what?", "Now what?"],
        ReflectionStructure.Gibbs => ["Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"],
        ReflectionStructure.FreeText => ["Reflection"],
        _ => throw new ConveningException("reflection.structure-unknown", "Choose how to structure the reflection."),
    };
}
