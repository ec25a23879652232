using Convening.Contracts.People;
using Convening.Web.GraphQL.Common;
using Convening.Web.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

/// <summary>Your profile as the form sends it: times are HH:mm text, read into minutes by the resolver so a bad one answers availability.bad-time.</summary>
public sealed record UpdateProfileInput(string DisplayName, Sector Sector, string Organisation, AvailabilityInput? Availability);

/// <summary>Weekly windows in a time zone.</summary>
public sealed record AvailabilityInput(string TimeZone, IReadOnlyList<AvailabilityWindowInput> Windows)
{
    /// <summary>The hours as the grains hold them; times that are not HH:mm are refused here.</summary>
    public Availability ToAvailability() =>
        new(TimeZone, [.. Windows.Select(w => new AvailabilityWindow(w.Day, TimeOfDay.Parse(w.From, "start"), TimeOfDay.Parse(w.To, "end")))]);
}

/// <summary>One weekly window.</summary>
public sealed record AvailabilityWindowInput(DayOfWeek Day, string From, string To);

public sealed class UpdateProfileInputType : CommandInputType<UpdateProfileInput>
{
    public UpdateProfileInputType() : base("UpdateProfileInput", "Your profile: how you are shown to your groups and when you can meet.")
    {
        Field(x => x.DisplayName).Description("Your name as you want it shown.");
        Field<NonNullGraphType<SectorType>>("sector").Description("The sector you work in.");
        Field(x => x.Organisation, nullable: true).Description("Your organisation.");
        Field<AvailabilityInputType>("availability").Description("When you can usually meet; left out means no fixed hours.");
    }
}

public sealed class AvailabilityInputType : CommandInputType<AvailabilityInput>
{
    public AvailabilityInputType() : base("AvailabilityInput", "Weekly windows in your time zone.")
    {
        Field(x => x.TimeZone).Description("An IANA time zone, e.g. 'Europe/London'.");
        Field<ListGraphType<NonNullGraphType<AvailabilityWindowInputType>>>("windows").Description("The windows; they must not overlap.");
    }
}

public sealed class AvailabilityWindowInputType : CommandInputType<AvailabilityWindowInput>
{
    public AvailabilityWindowInputType() : base("AvailabilityWindowInput", "One weekly window.")
    {
        Field<NonNullGraphType<DayOfWeekType>>("day").Description("The day.");
        Field(x => x.From).Description("Start time, HH:mm.");
        Field(x => x.To).Description("End time, HH:mm.");
    }
}
