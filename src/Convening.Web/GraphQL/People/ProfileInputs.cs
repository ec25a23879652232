using Convening.Contracts.People;
using Convening.Web.GraphQL.Common;
using Convening.Web.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

public sealed class ProfileInput
{
    public string DisplayName { get; set; } = "";
    public Sector Sector { get; set; }
    public string? Organisation { get; set; }
    public AvailabilityInput? Availability { get; set; }
}

public sealed class AvailabilityInput
{
    public string TimeZone { get; set; } = "";
    public List<WindowInput>? Windows { get; set; }

    /// <summary>The hours as the grains hold them; times that are not HH:mm are refused here.</summary>
    public Availability ToAvailability() =>
        new(TimeZone, [.. (Windows ?? []).Select(w => new AvailabilityWindow(w.Day, TimeOfDay.Parse(w.From, "start"), TimeOfDay.Parse(w.To, "end")))]);
}

public sealed class WindowInput
{
    public DayOfWeek Day { get; set; }
    public string From { get; set; } = "";
    public string To { get; set; } = "";
}

public sealed class UpdateProfileInputType : InputObjectGraphType<ProfileInput>
{
    public UpdateProfileInputType()
    {
        Name = "UpdateProfileInput";
        Description = "Your profile: how you are shown to your groups and when you can meet.";
        Field(x => x.DisplayName).Description("Your name as you want it shown.");
        Field<NonNullGraphType<SectorType>>("sector").Description("The sector you work in.");
        Field(x => x.Organisation, nullable: true).Description("Your organisation.");
        Field<AvailabilityInputType>("availability").Description("When you can usually meet; left out means no fixed hours.");
    }
}

public sealed class AvailabilityInputType : InputObjectGraphType<AvailabilityInput>
{
    public AvailabilityInputType()
    {
        Name = "AvailabilityInput";
        Description = "Weekly windows in your time zone.";
        Field(x => x.TimeZone).Description("An IANA time zone, e.g. 'Europe/London'.");
        Field<ListGraphType<NonNullGraphType<AvailabilityWindowInputType>>>("windows").Description("The windows; they must not overlap.");
    }
}

public sealed class AvailabilityWindowInputType : InputObjectGraphType<WindowInput>
{
    public AvailabilityWindowInputType()
    {
        Name = "AvailabilityWindowInput";
        Description = "One weekly window.";
        Field<NonNullGraphType<DayOfWeekType>>("day").Description("The day.");
        Field(x => x.From).Description("Start time, HH:mm.");
        Field(x => x.To).Description("End time, HH:mm.");
    }
}
