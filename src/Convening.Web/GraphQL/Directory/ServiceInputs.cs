using Convening.Contracts.OrganisationDirectory;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

public sealed class ServiceInput
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? HowToAccess { get; set; }
    public string? When { get; set; }
    public List<LocationInput>? Locations { get; set; }

    public ServiceOffer ToOffer() => new(NewId(Id), Name ?? "", Description ?? "", HowToAccess ?? "", When ?? "",
        [.. (Locations ?? []).Select(l => new ServiceLocation(NewId(l.Id), l.Kind, l.Name ?? "", l.Address ?? "", l.Town ?? "", l.Postcode ?? "", l.Url ?? ""))]);

    /// <summary>The id sent, or a new uuid for a service or location added in this change.</summary>
    internal static string NewId(string? id) => string.IsNullOrWhiteSpace(id) ? Guid.NewGuid().ToString("D") : id.Trim();
}

public sealed class LocationInput
{
    public string? Id { get; set; }
    public LocationKind Kind { get; set; }
    public string? Name { get; set; }
    public string? Address { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Url { get; set; }
}

public sealed class ApproachInput
{
    public string? Approach { get; set; }
    public string? Practice { get; set; }
    public string? Evidence { get; set; }
}

public sealed class SelfAssessmentInput
{
    public string? Statement { get; set; }
    public SelfAssessmentAnswer Answer { get; set; }
}

public sealed class ServiceInputType : InputObjectGraphType<ServiceInput>
{
    public ServiceInputType()
    {
        Name = "ServiceInput";
        Description = "A service: what it is, how to get it, where and when.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The service's uuid, to keep it across changes; leave out for a new service.");
        Field(x => x.Name, nullable: false).Description("The service's name.");
        Field(x => x.Description, nullable: true).Description("What the service is (Markdown).");
        Field(x => x.HowToAccess, nullable: true).Description("How to get it: referral, drop in, phone first…");
        Field(x => x.When, nullable: true).Description("When it runs, in words.");
        Field<ListGraphType<NonNullGraphType<LocationInputType>>>("locations").Description($"Where it is delivered, at most {DirectoryLimits.LocationsPerService}.");
    }
}

public sealed class LocationInputType : InputObjectGraphType<LocationInput>
{
    public LocationInputType()
    {
        Name = "ServiceLocationInput";
        Description = "A building people come to (give its address) or a virtual location (give its web address).";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The location's uuid, to keep it across changes; leave out for a new location.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<LocationKindType>)).Description("PHYSICAL or VIRTUAL.");
        Field(x => x.Name, nullable: true).Description("The location's name.");
        Field(x => x.Address, nullable: true).Description("For a building: the street address.");
        Field(x => x.Town, nullable: true).Description("For a building: the town or city.");
        Field(x => x.Postcode, nullable: true).Description($"For a building: the postcode, at most {DirectoryLimits.PostcodeLength} characters.");
        Field(x => x.Url, nullable: true).Description("For a virtual location: its http or https address.");
    }
}

public sealed class ApproachInputType : InputObjectGraphType<ApproachInput>
{
    public ApproachInputType()
    {
        Name = "ApproachClaimInput";
        Description = "An approach the organisation practises.";
        Field(x => x.Approach, nullable: false).Description("The approach's code (see directoryTerms.approaches).");
        Field(x => x.Practice, nullable: true).Description($"What you do in practice (Markdown), at most {DirectoryLimits.ApproachTextLength:N0} characters.");
        Field(x => x.Evidence, nullable: true).Description($"A story or evidence of it in action (Markdown), at most {DirectoryLimits.ApproachTextLength:N0} characters.");
    }
}

public sealed class SelfAssessmentInputType : InputObjectGraphType<SelfAssessmentInput>
{
    public SelfAssessmentInputType()
    {
        Name = "SelfAssessmentInput";
        Description = "One answer of the strengths-based self-assessment.";
        Field(x => x.Statement, nullable: false).Description("The statement's code (see directoryTerms.selfAssessment).");
        Field(x => x.Answer, type: typeof(NonNullGraphType<SelfAssessmentAnswerType>)).Description("How far your practice matches it.");
    }
}
