namespace Convening.Contracts.People;

/// <summary>The sector a person works in, or lived experience.</summary>
public enum Sector
{
    Other = 0,
    Health = 1,
    SocialCare = 2,
    Housing = 3,
    Employment = 4,
    VoluntaryCommunity = 5,
    LivedExperience = 6,
}

/// <summary>A weekly window, in the person's own time zone, when they can usually meet.</summary>
[GenerateSerializer, Immutable, Alias("convening.availability-window")]
public sealed record AvailabilityWindow(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] int FromMinute,
    [property: Id(2)] int ToMinute);

[GenerateSerializer, Immutable, Alias("convening.availability")]
public sealed record Availability(
    [property: Id(0)] string TimeZone,
    [property: Id(1)] IReadOnlyList<AvailabilityWindow> Windows)
{
    public static Availability Empty { get; } = new("Europe/London", []);
}

[GenerateSerializer, Immutable, Alias("convening.update-profile")]
public sealed record UpdateProfile(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] Sector Sector,
    [property: Id(2)] string Organisation,
    [property: Id(3)] Availability Availability);

/// <summary>What the members of a person's groups see of them.</summary>
[GenerateSerializer, Immutable, Alias("convening.person-card")]
public sealed record PersonCard(
    [property: Id(0)] string Id,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Email,
    [property: Id(3)] Sector Sector,
    [property: Id(4)] string Organisation,
    [property: Id(5)] Availability Availability)
{
    // Added after cards were first stored (group grains keep copies), so older copies read these
    // back as null; the property turns that into "no absences".
    [Id(6)] private readonly IReadOnlyList<Absence>? _absences;

    public IReadOnlyList<Absence> Absences
    {
        get => _absences ?? [];
        init => _absences = value;
    }

    [Id(7)] public Deputy? Deputy { get; init; }
}
