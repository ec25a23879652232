using System.Globalization;
using Convening.Contracts.Gatherings;

namespace Convening.Web.Pages.Gatherings;

/// <summary>How gatherings are put into words on pages: times in a zone, formats, replies, levels.</summary>
public static class GatheringText
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Tuesday 1 December 2026, 10:00 to 11:30".</summary>
    public static string When(DateTimeOffset start, int minutes, string zone)
    {
        var tz = ZonedTime.Zone(zone);
        var from = ZonedTime.Local(start, tz);
        var to = ZonedTime.Local(start.AddMinutes(minutes), tz);
        var end = to.Date == from.Date ? to.ToString("HH:mm", British) : to.ToString("dddd d MMMM, HH:mm", British);
        return $"{from.ToString("dddd d MMMM yyyy, HH:mm", British)} to {end}";
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static string Zone(string zone) => zone.Replace('_', ' ');

    public static string Format(GatheringDetails d) => d.Format switch
    {
        GatheringFormat.Online => "Online",
        GatheringFormat.Hybrid => "In person and online",
        _ => "In person",
    };

    public static string Length(int minutes) =>
        (minutes / 60, minutes % 60) switch
        {
            (0, var m) => $"{m} minutes",
            (var h, 0) => h == 1 ? "1 hour" : $"{h} hours",
            (var h, var m) => $"{h} hour{(h == 1 ? "" : "s")} {m} minutes",
        };

    public static string Status(GatheringSummary g) => g.Status switch
    {
        GatheringStatus.Draft => "No time yet",
        GatheringStatus.Cancelled => "Cancelled",
        _ => "Planned",
    };

    public static string Answer(ResponseAnswer a) => a switch
    {
        ResponseAnswer.Yes => "Coming",
        ResponseAnswer.No => "Not coming",
        _ => "Maybe",
    };

    public static string Reason(CannotComeReason r) => r switch
    {
        CannotComeReason.Away => "Away",
        CannotComeReason.OutsideTheirHours => "Outside the hours they can meet",
        CannotComeReason.OutsideAgencyHours => "Outside their agency’s working hours",
        CannotComeReason.AtAnotherGathering => "At another gathering then",
        _ => "Has not said when they can meet",
    };

    public static IReadOnlyList<Choice> Formats { get; } =
    [
        new(nameof(GatheringFormat.InPerson), "In person", "At an address"),
        new(nameof(GatheringFormat.Online), "Online", "With a link to join"),
        new(nameof(GatheringFormat.Hybrid), "Hybrid", "Some in the room, some online"),
    ];

    public static IReadOnlyList<Choice> Lengths { get; } =
        [.. new[] { 30, 45, 60, 90, 120, 180, 240, 360, 480 }.Select(m => new Choice(m.ToString(CultureInfo.InvariantCulture), Length(m)))];

    public static IReadOnlyList<Choice> Answers { get; } =
    [
        new(nameof(ResponseAnswer.Yes), "Yes, I’m coming"),
        new(nameof(ResponseAnswer.No), "No, I can’t come"),
        new(nameof(ResponseAnswer.Maybe), "Maybe"),
    ];

    public static IReadOnlyList<Choice> Levels { get; } =
    [
        new(nameof(ConversationLevel.Transactional), "Transactional", "We swapped information and updates"),
        new(nameof(ConversationLevel.Positional), "Positional", "People mostly spoke for their own agency’s position"),
        new(nameof(ConversationLevel.Transformational), "Transformational", "We thought afresh together and found common ground"),
    ];
}
