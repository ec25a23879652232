using Convening.Contracts.Gatherings;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

/// <summary>The fields a gathering and its summary share, so both read the same way.</summary>
public static class GatheringSummaryFields
{
    public static void Add<T>(ObjectGraphType<T> type, Func<T, GatheringSummary> summary)
    {
        type.Field<NonNullGraphType<IdGraphType>, string>("id").Description("The gathering's id.").Resolve(ctx => summary(ctx.Source).Id);
        type.Field<NonNullGraphType<StringGraphType>, string>("title").Description("What it is called.").Resolve(ctx => summary(ctx.Source).Details.Title);
        type.Field<NonNullGraphType<StringGraphType>, string>("purpose").Description("What it is for (Markdown).").Resolve(ctx => summary(ctx.Source).Details.Purpose);
        type.Field<NonNullGraphType<GatheringFormatType>, GatheringFormat>("format").Description("In person, online or hybrid.").Resolve(ctx => summary(ctx.Source).Details.Format);
        type.Field<NonNullGraphType<StringGraphType>, string>("address").Description("Where to meet in person; empty for online.").Resolve(ctx => summary(ctx.Source).Details.Address);
        type.Field<NonNullGraphType<StringGraphType>, string>("joinUrl").Description("The link to join online; may be empty.").Resolve(ctx => summary(ctx.Source).Details.JoinUrl);
        type.Field<NonNullGraphType<IntGraphType>, int>("minutes").Description("How long it lasts.").Resolve(ctx => summary(ctx.Source).Details.Minutes);
        type.Field<NonNullGraphType<StringGraphType>, string>("timeZone").Description("The IANA time zone its time is shown and written to calendars in.").Resolve(ctx => summary(ctx.Source).Details.TimeZone);
        type.Field<NonNullGraphType<GatheringStatusType>, GatheringStatus>("status").Description("Draft, planned or cancelled.").Resolve(ctx => summary(ctx.Source).Status);
        type.Field<DateTimeOffsetGraphType, DateTimeOffset?>("startsAt").Description("When it starts (UTC); null for a draft.").Resolve(ctx => summary(ctx.Source).Start);
        type.Field<DateTimeOffsetGraphType, DateTimeOffset?>("endsAt").Description("When it ends (UTC); null for a draft.").Resolve(ctx => summary(ctx.Source).End);
        type.Field<NonNullGraphType<IntGraphType>, int>("sequence").Description("The iCalendar SEQUENCE: goes up with every change calendars must pick up.").Resolve(ctx => summary(ctx.Source).Sequence);
        type.Field<NonNullGraphType<StringGraphType>, string>("groupName").Description("The group's name.").Resolve(ctx => summary(ctx.Source).GroupName);
        type.Field<NonNullGraphType<ResponseCountsType>, ResponseTally>("responseCounts").Description("How many have said yes, no and maybe.").Resolve(ctx => summary(ctx.Source).Responses);
        type.Field<NonNullGraphType<ReflectionCountsType>, ReflectionTally>("reflectionCounts")
            .Description("How participants said the conversation went: the group's pattern over time.").Resolve(ctx => summary(ctx.Source).Reflections);
        type.Field<NonNullGraphType<StringGraphType>, string>("calendarDownloadPath")
            .Description("Where members download it as an .ics file (needs sign-in).").Resolve(ctx => $"/gatherings/{summary(ctx.Source).Id}/calendar.ics");
    }
}

public sealed class GatheringSummaryType : ObjectGraphType<GatheringSummary>
{
    public GatheringSummaryType()
    {
        Name = "GatheringSummary";
        Description = "A gathering as its group's list shows it.";
        GatheringSummaryFields.Add(this, s => s);
    }
}

public sealed class ResponseCountsType : ObjectGraphType<ResponseTally>
{
    public ResponseCountsType()
    {
        Name = "ResponseCounts";
        Description = "How many members have replied each way.";
        Field(x => x.Yes).Description("Coming.");
        Field(x => x.No).Description("Not coming.");
        Field(x => x.Maybe).Description("Might come.");
    }
}

public sealed class ReflectionCountsType : ObjectGraphType<ReflectionTally>
{
    public ReflectionCountsType()
    {
        Name = "ReflectionCounts";
        Description = "How many participants felt the conversation was at each level.";
        Field(x => x.Transactional).Description("Swapping information.");
        Field(x => x.Positional).Description("Each defending their own position.");
        Field(x => x.Transformational).Description("Thinking afresh together.");
    }
}
