using System.Globalization;
using Convening.Contracts;

namespace Convening.Web.Pages.Gatherings;

/// <summary>A GOV.UK date input: day, month and year boxes, named "{id}-day", "{id}-month", "{id}-year".</summary>
public sealed record DateInputModel(string Id, string Legend, DateOnly? Value, string? Hint = null)
{
    public string Part(IFormCollection? form, string part, Func<DateOnly, int> fromValue) =>
        form is not null && form.ContainsKey($"{Id}-{part}") ? form[$"{Id}-{part}"].ToString() : Value is { } v ? fromValue(v).ToString(CultureInfo.InvariantCulture) : "";
}

public static class DateParts
{
    /// <summary>The date typed into a date input; the error code names the input ("due.invalid").</summary>
    public static DateOnly Read(IFormCollection form, string id, string what)
    {
        string Part(string part) => form[$"{id}-{part}"].ToString().Trim();
        var (day, month, year) = (Part("day"), Part("month"), Part("year"));
        if (day.Length == 0 && month.Length == 0 && year.Length == 0)
            throw new ConveningException($"{id}.empty", $"Enter {what}.");
        if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 2000 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        throw new ConveningException($"{id}.invalid", $"{char.ToUpperInvariant(what[0])}{what[1..]} must be a real date, like 27 3 2027.");
    }
}
