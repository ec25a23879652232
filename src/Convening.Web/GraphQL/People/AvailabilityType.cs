using Convening.Contracts.People;
using Convening.Web.GraphQL.Common;
using Convening.Web.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.People;

public sealed class AvailabilityType : ObjectGraphType<Availability>
{
    public AvailabilityType()
    {
        Name = "Availability";
        Description = "The hours someone can usually meet each week, in their own time zone.";
        Field(x => x.TimeZone).Description("An IANA time zone, e.g. 'Europe/London'.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AvailabilityWindowType>>>, IReadOnlyList<AvailabilityWindow>>("windows")
            .Description("Weekly windows, by day and time.")
            .Resolve(ctx => ctx.Source.Windows);
    }
}

public sealed class AvailabilityWindowType : ObjectGraphType<AvailabilityWindow>
{
    public AvailabilityWindowType()
    {
        Name = "AvailabilityWindow";
        Description = "One weekly window, e.g. Tuesday 09:30 to 12:00.";
        Field<NonNullGraphType<DayOfWeekType>, DayOfWeek>("day").Description("The day of the week.").Resolve(ctx => ctx.Source.Day);
        Field<NonNullGraphType<StringGraphType>, string>("from").Description("Start time, HH:mm.").Resolve(ctx => TimeOfDay.Format(ctx.Source.FromMinute));
        Field<NonNullGraphType<StringGraphType>, string>("to").Description("End time, HH:mm (24:00 is the end of the day).").Resolve(ctx => TimeOfDay.Format(ctx.Source.ToMinute));
    }
}

public sealed class DayOfWeekType() : DescribedEnumType<DayOfWeek>(
    "A day of the week.");
