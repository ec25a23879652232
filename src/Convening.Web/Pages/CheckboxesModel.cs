namespace Convening.Web.Pages;

/// <summary>GOV.UK checkboxes in a fieldset; the first box carries <see cref="Name"/> as its id, so an error summary can link to it.</summary>
public sealed record CheckboxesModel(string Name, string Legend, IReadOnlyList<Choice> Choices, IReadOnlyCollection<string> Selected,
    string? Hint = null, string LegendSize = "s", bool Small = false);
