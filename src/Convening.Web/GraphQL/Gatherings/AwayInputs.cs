using Convening.Contracts.People;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Gatherings;

/// <summary>Days away, first and last included.</summary>
public sealed record AddAbsenceInput(DateOnly From, DateOnly To);

public sealed class AddAbsenceInputType : CommandInputType<AddAbsenceInput>
{
    public AddAbsenceInputType() : base("AddAbsenceInput", "Days you will be away, in your own time zone; gatherings are not suggested on them.")
    {
        Field(x => x.From).Description("Your first day away.");
        Field(x => x.To).Description("Your last day away (included).");
    }
}

/// <summary>An absence, by its id.</summary>
public sealed record RemoveAbsenceInput(string AbsenceId);

public sealed class RemoveAbsenceInputType : CommandInputType<RemoveAbsenceInput>
{
    public RemoveAbsenceInputType() : base("RemoveAbsenceInput", "An absence to remove.")
    {
        Field(x => x.AbsenceId).Description("The absence's id.");
    }
}

public sealed class SetDeputyInputType : CommandInputType<Deputy>
{
    public SetDeputyInputType() : base("SetDeputyInput", "Who to contact while you are away. Leave both empty to clear it.")
    {
        Field(x => x.Name, nullable: true).Description("Their name.");
        Field(x => x.Contact, nullable: true).Description("An email address or phone number.");
    }
}

/// <summary>An agency's weekly hours for a group.</summary>
public sealed record SetAgencyHoursInput(string GroupId, string Organisation, AvailabilityInput Hours);

public sealed class SetAgencyHoursInputType : CommandInputType<SetAgencyHoursInput>
{
    public SetAgencyHoursInputType() : base("SetAgencyHoursInput", "An agency's working hours for a group; members and convenors. Replaces any hours the agency had.")
    {
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.Organisation).Description("The agency, as members name their organisation.");
        Field<NonNullGraphType<AvailabilityInputType>>("hours").Description("Its weekly hours, in its time zone.");
    }
}

/// <summary>An agency whose hours a group forgets.</summary>
public sealed record RemoveAgencyHoursInput(string GroupId, string Organisation);

public sealed class RemoveAgencyHoursInputType : CommandInputType<RemoveAgencyHoursInput>
{
    public RemoveAgencyHoursInputType() : base("RemoveAgencyHoursInput", "Forgets an agency's hours for a group.")
    {
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.Organisation).Description("The agency.");
    }
}

/// <summary>Nothing but the client's own value, returned unchanged.</summary>
public sealed record ResetCalendarFeedInput(string? ClientMutationId);

public sealed class ResetCalendarFeedInputType : CommandInputType<ResetCalendarFeedInput>
{
    public ResetCalendarFeedInputType() : base("ResetCalendarFeedInput", "Makes a new private calendar feed address; the old one stops working at once.")
    {
        Field(x => x.ClientMutationId, nullable: true).Description("Any value you like, returned unchanged; the mutation needs nothing else.");
    }
}
