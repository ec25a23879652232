using Convening.Contracts.Gatherings;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

/// <summary>Every gathering mutation's input; each input type below shows the fields it uses.</summary>
public sealed class GatheringInput
{
    public string GatheringId { get; set; } = "";
    public string? GroupId { get; set; }
    public string? Title { get; set; }
    public string? Purpose { get; set; }
    public GatheringFormat? Format { get; set; }
    public string? Address { get; set; }
    public string? JoinUrl { get; set; }
    public int? Minutes { get; set; }
    public string? TimeZone { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public string? Reason { get; set; }
    public ResponseAnswer? Answer { get; set; }
    public string? Note { get; set; }
    public string? Text { get; set; }
    public string? ItemId { get; set; }
    public int? BaseVersion { get; set; }
    public string? OwnerId { get; set; }
    public DateOnly? Due { get; set; }
    public bool? Done { get; set; }
    public ConversationLevel? Level { get; set; }

    public GatheringDetails Details() =>
        new(Title ?? "", Purpose ?? "", Format ?? GatheringFormat.InPerson, Address ?? "", JoinUrl ?? "", Minutes ?? 60, TimeZone ?? "Europe/London");

    public string? RequestId { get; set; }

    public ActionInput Action() => new(Text ?? "", OwnerId ?? "", Due ?? default) { RequestId = RequestId };
}

/// <summary>The details fields that planning and changing a gathering share.</summary>
public abstract class GatheringDetailsInputType : InputObjectGraphType<GatheringInput>
{
    protected void DetailsFields()
    {
        Field(x => x.Title, nullable: false).Description("What it is called, e.g. 'Trailblazer check-in'.");
        Field(x => x.Purpose, nullable: true).Description("What it is for (Markdown).");
        Field<NonNullGraphType<GatheringFormatType>>("format").Description("In person, online or hybrid.");
        Field(x => x.Address, nullable: true).Description("Where to meet; needed unless online.");
        Field(x => x.JoinUrl, nullable: true).Description("An https link to join online.");
        Field<NonNullGraphType<IntGraphType>>("minutes").Description($"How long, {GatheringLimits.MinMinutes} to {GatheringLimits.MaxMinutes} minutes.");
        Field(x => x.TimeZone, nullable: false).Description("The IANA time zone to show its time in, e.g. 'Europe/London'.");
    }
}

public sealed class PlanGatheringInputType : GatheringDetailsInputType
{
    public PlanGatheringInputType()
    {
        Name = "PlanGatheringInput";
        Description = "A new gathering for a group; convenors only. It starts as a draft with no time.";
        Field(x => x.GroupId, nullable: false).Description("The group.");
        DetailsFields();
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class UpdateGatheringInputType : GatheringDetailsInputType
{
    public UpdateGatheringInputType()
    {
        Name = "UpdateGatheringInput";
        Description = "A gathering's new details; convenors only. Calendars pick up the change.";
        Field(x => x.GatheringId).Description("The gathering.");
        DetailsFields();
    }
}

public sealed class ScheduleGatheringInputType : InputObjectGraphType<GatheringInput>
{
    public ScheduleGatheringInputType()
    {
        Name = "ScheduleGatheringInput";
        Description = "Sets or moves a gathering's time; convenors only. It must be in the future.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Description("When it starts, with its UTC offset, e.g. a suggestedTimes start.");
    }
}

public sealed class CancelGatheringInputType : InputObjectGraphType<GatheringInput>
{
    public CancelGatheringInputType()
    {
        Name = "CancelGatheringInput";
        Description = "Cancels a gathering; convenors only. Calendars show it as cancelled.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field(x => x.Reason, nullable: true).Description("Why, for the members.");
    }
}

public sealed class RespondToGatheringInputType : InputObjectGraphType<GatheringInput>
{
    public RespondToGatheringInputType()
    {
        Name = "RespondToGatheringInput";
        Description = "Your reply to a gathering; replying again replaces it.";
        Field(x => x.GatheringId).Description("The gathering.");
        Field<NonNullGraphType<ResponseAnswerType>>("answer").Description("Yes, no or maybe.");
        Field(x => x.Note, nullable: true).Description("Anything to add, e.g. who will come instead.");
    }
}
