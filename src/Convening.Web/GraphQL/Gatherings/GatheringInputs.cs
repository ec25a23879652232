using Convening.Contracts.Gatherings;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

/// <summary>A new gathering: its group, its details as the grain takes them, and the optional request id.</summary>
public sealed record PlanGatheringInput(string GroupId, string Title, string Purpose, GatheringFormat Format, string Address, string JoinUrl,
    int Minutes, string TimeZone, string? RequestId)
{
    public GatheringDetails Details() => new(Title, Purpose, Format, Address, JoinUrl, Minutes, TimeZone);
}

public sealed class PlanGatheringInputType : CommandInputType<PlanGatheringInput>
{
    public PlanGatheringInputType() : base("PlanGatheringInput", "A new gathering for a group; convenors only. It starts as a draft with no time.")
    {
        Field(x => x.GroupId).Description("The group.");
        GatheringText.DetailsFields(this);
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateGatheringInputType : CommandInputType<GatheringDetails>
{
    public UpdateGatheringInputType() : base("UpdateGatheringInput", "A gathering's new details; convenors only. Calendars pick up the change.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        GatheringText.DetailsFields(this);
    }
}

/// <summary>When a gathering starts.</summary>
public sealed record ScheduleGatheringInput(DateTimeOffset StartsAt);

public sealed class ScheduleGatheringInputType : CommandInputType<ScheduleGatheringInput>
{
    public ScheduleGatheringInputType() : base("ScheduleGatheringInput", "Sets or moves a gathering's time; convenors only. It must be in the future.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Description("When it starts, with its UTC offset, e.g. a suggestedTimes start.");
    }
}

/// <summary>Why a gathering is cancelled.</summary>
public sealed record CancelGatheringInput(string Reason);

public sealed class CancelGatheringInputType : CommandInputType<CancelGatheringInput>
{
    public CancelGatheringInputType() : base("CancelGatheringInput", "Cancels a gathering; convenors only. Calendars show it as cancelled.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field(x => x.Reason, nullable: true).Description("Why, for the members.");
    }
}

/// <summary>A reply to a gathering.</summary>
public sealed record RespondToGatheringInput(ResponseAnswer Answer, string Note);

public sealed class RespondToGatheringInputType : CommandInputType<RespondToGatheringInput>
{
    public RespondToGatheringInputType() : base("RespondToGatheringInput", "Your reply to a gathering; replying again replaces it.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field<NonNullGraphType<ResponseAnswerType>>("answer").Description("Yes, no or maybe.");
        Field(x => x.Note, nullable: true).Description("Anything to add, e.g. who will come instead.");
    }
}

/// <summary>How the conversation went, and a note.</summary>
public sealed record ReflectOnGatheringInput(ConversationLevel Level, string Note);

public sealed class ReflectOnGatheringInputType : CommandInputType<ReflectOnGatheringInput>
{
    public ReflectOnGatheringInputType() : base("ReflectOnGatheringInput", "How you felt the conversation went, once the gathering has started. The group sees the counts; your note is yours.")
    {
        Key<StringGraphType>("gatheringId", "The gathering.");
        Field<NonNullGraphType<ConversationLevelType>>("level").Description("Transactional, positional or transformational.");
        Field(x => x.Note, nullable: true).Description("What you noticed.");
    }
}

/// <summary>A gathering, by its id.</summary>
public sealed record GatheringRefInput(string GatheringId);

public sealed class GatheringRefInputType : CommandInputType<GatheringRefInput>
{
    public GatheringRefInputType() : base("GatheringRefInput", "A gathering, by its id.")
    {
        Field(x => x.GatheringId).Description("The gathering.");
    }
}

internal static class GatheringText
{
    /// <summary>The details fields that planning and changing a gathering share, named as <see cref="GatheringDetails"/>'s parameters.</summary>
    public static void DetailsFields<T>(ComplexGraphType<T> type)
    {
        type.Field<NonNullGraphType<StringGraphType>>("title").Description("What it is called, e.g. 'Trailblazer check-in'.");
        type.Field<StringGraphType>("purpose").Description("What it is for (Markdown).");
        type.Field<NonNullGraphType<GatheringFormatType>>("format").Description("In person, online or hybrid.");
        type.Field<StringGraphType>("address").Description("Where to meet; needed unless online.");
        type.Field<StringGraphType>("joinUrl").Description("An https link to join online.");
        type.Field<NonNullGraphType<IntGraphType>>("minutes").Description($"How long, {GatheringLimits.MinMinutes} to {GatheringLimits.MaxMinutes} minutes.");
        type.Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The IANA time zone to show its time in, e.g. 'Europe/London'.");
    }
}
