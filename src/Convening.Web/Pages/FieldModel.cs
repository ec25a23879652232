namespace Convening.Web.Pages;

/// <summary>One GOV.UK text input or textarea with its label, hint and inline error.</summary>
public sealed record FieldModel(string Id, string Label, string? Value, string? Hint = null, string Type = "text",
    string? Autocomplete = null, bool Multiline = false, string Width = "", int Rows = 4);
