namespace Convening.Contracts.Gatherings;

/// <summary>Sizes and ranges the gathering grains enforce, shared so that forms can say the same thing.</summary>
public static class GatheringLimits
{
    public const int MinMinutes = 15;
    public const int MaxMinutes = 8 * 60;
    /// <summary>Candidate start times are on this grid (UTC quarter hours line up with every real time zone's).</summary>
    public const int SlotMinutes = 15;
    public const int MaxWeeksToSearch = 8;
    public const int DefaultWeeksToSearch = 4;
    public const int MaxSuggestions = 10;
    public const int DefaultSuggestions = 5;
    /// <summary>People named under each suggestion; the rest are counted, so a 10,000-member group stays readable.</summary>
    public const int PeopleNamedPerSuggestion = 50;
    public const int MaxYearsAhead = 2;

    public const int PlaceLength = 500;
    public const int AgendaItems = 30;
    public const int NotesLength = 50_000;
    public const int Decisions = 200;
    public const int Actions = 200;
    public const int EntryLength = 1_000;
    public const int AnswerLength = 500;

    public const int GatheringsPerGroup = 2_000;
    public const int AgencyHoursPerGroup = 50;
    public const int Absences = 50;
    public const int AbsenceDays = 366;
    /// <summary>How far back a calendar feed reaches, so apps keep recent history without the feed growing forever.</summary>
    public const int CalendarPastDays = 90;
    public const int CalendarEvents = 1_000;

    public const string DefaultCheckInPrompt = "What's been the highlight of your day?";
}
