using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

/// <summary>Inputs about being available: absences, a deputy, agencies' hours and the calendar feed.</summary>
public sealed class AwayInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? AbsenceId { get; set; }
    public string? Name { get; set; }
    public string? Contact { get; set; }
    public string GroupId { get; set; } = "";
    public string? Organisation { get; set; }
    public AvailabilityInput? Hours { get; set; }
    public string? ClientMutationId { get; set; }
}

public sealed class AddAbsenceInputType : InputObjectGraphType<AwayInput>
{
    public AddAbsenceInputType()
    {
        Name = "AddAbsenceInput";
        Description = "Days you will be away, in your own time zone; gatherings are not suggested on them.";
        Field<NonNullGraphType<DateOnlyGraphType>>("from").Description("Your first day away.");
        Field<NonNullGraphType<DateOnlyGraphType>>("to").Description("Your last day away (included).");
    }
}

public sealed class RemoveAbsenceInputType : InputObjectGraphType<AwayInput>
{
    public RemoveAbsenceInputType()
    {
        Name = "RemoveAbsenceInput";
        Description = "An absence to remove.";
        Field(x => x.AbsenceId, nullable: false).Description("The absence's id.");
    }
}

public sealed class SetDeputyInputType : InputObjectGraphType<AwayInput>
{
    public SetDeputyInputType()
    {
        Name = "SetDeputyInput";
        Description = "Who to contact while you are away. Leave both empty to clear it.";
        Field(x => x.Name, nullable: true).Description("Their name.");
        Field(x => x.Contact, nullable: true).Description("An email address or phone number.");
    }
}

public sealed class SetAgencyHoursInputType : InputObjectGraphType<AwayInput>
{
    public SetAgencyHoursInputType()
    {
        Name = "SetAgencyHoursInput";
        Description = "An agency's working hours for a group; members and convenors. Replaces any hours the agency had.";
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.Organisation, nullable: false).Description("The agency, as members name their organisation.");
        Field<NonNullGraphType<AvailabilityInputType>>("hours").Description("Its weekly hours, in its time zone.");
    }
}

public sealed class RemoveAgencyHoursInputType : InputObjectGraphType<AwayInput>
{
    public RemoveAgencyHoursInputType()
    {
        Name = "RemoveAgencyHoursInput";
        Description = "Forgets an agency's hours for a group.";
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.Organisation, nullable: false).Description("The agency.");
    }
}

public sealed class ResetCalendarFeedInputType : InputObjectGraphType<AwayInput>
{
    public ResetCalendarFeedInputType()
    {
        Name = "ResetCalendarFeedInput";
        Description = "Makes a new private calendar feed address; the old one stops working at once.";
        Field(x => x.ClientMutationId, nullable: true).Description("Any value you like, returned unchanged; the mutation needs nothing else.");
    }
}
