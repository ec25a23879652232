namespace Convening.Web.Pages;

/// <summary>One option of a radio group or select.</summary>
public sealed record Choice(string Value, string Label, string? Hint = null);

/// <summary>GOV.UK radios in a fieldset whose legend asks the question.</summary>
public sealed record RadiosModel(string Name, string Legend, IReadOnlyList<Choice> Choices, string? Selected,
    string? Hint = null, string LegendSize = "s");

/// <summary>A GOV.UK select with its label, hint and inline error.</summary>
public sealed record SelectModel(string Id, string Label, IReadOnlyList<Choice> Choices, string? Selected, string? Hint = null);
