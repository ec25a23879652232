using System.Globalization;
using Convening.Contracts;

namespace Convening.Web.Pages;

/// <summary>
/// The GOV.UK date input: day, month and year boxes in a fieldset. The day box carries the
/// bare id, so the error summary's link to the field lands on it.
/// </summary>
public sealed record DateInputModel(string Id, string Legend, string? Day, string? Month, string? Year, string? Hint = null)
{
    public static DateInputModel Showing(string id, string legend, DateOnly? date, string? hint = null) =>
        new(id, legend, date?.Day.ToString(CultureInfo.InvariantCulture), date?.Month.ToString(CultureInfo.InvariantCulture),
            date?.Year.ToString(CultureInfo.InvariantCulture), hint);

    /// <summary>What was typed into the three boxes of a posted form.</summary>
    public static DateInputModel Posted(IFormCollection form, string id, string legend, string? hint = null) =>
        new(id, legend, form[id + "-day"], form[id + "-month"], form[id + "-year"], hint);

    /// <summary>
    /// The date typed, null if all three boxes are empty and the date is optional; otherwise a
    /// refusal coded "{id}.missing" or "{id}.invalid" so it shows on this field.
    /// </summary>
    public DateOnly? Read(bool required, string name)
    {
        var parts = new[] { Day, Month, Year }.Select(p => p?.Trim() ?? "").ToArray();
        if (parts.All(p => p.Length == 0))
            return required ? throw new ConveningException($"{Id}.missing", $"Enter {name}.") : null;
        if (parts.Any(p => p.Length == 0))
            throw new ConveningException($"{Id}.invalid", $"{char.ToUpperInvariant(name[0])}{name[1..]} must include a day, month and year.");
        if (int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && parts[2].Length == 4 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        throw new ConveningException($"{Id}.invalid", $"{char.ToUpperInvariant(name[0])}{name[1..]} must be a real date, with the day, month and year in numbers (a 4-digit year).");
    }
}
