using Convening.Contracts.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

public sealed class ServiceInputType : CommandInputType<ServiceOffer>
{
    public ServiceInputType() : base("ServiceInput", "A service: what it is, how to get it, where and when.")
    {
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The service's uuid, to keep it across changes; leave out for a new service.");
        Field(x => x.Name, nullable: false).Description("The service's name.");
        Field(x => x.Description, nullable: true).Description("What the service is (Markdown).");
        Field(x => x.HowToAccess, nullable: true).Description("How to get it: referral, drop in, phone first…");
        Field(x => x.When, nullable: true).Description("When it runs, in words.");
        Field<ListGraphType<NonNullGraphType<ServiceLocationInputType>>>("locations").Description($"Where it is delivered, at most {DirectoryLimits.LocationsPerService}.");
    }
}

public sealed class ServiceLocationInputType : CommandInputType<ServiceLocation>
{
    public ServiceLocationInputType() : base("ServiceLocationInput", "A building people come to (give its address) or a virtual location (give its web address).")
    {
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The location's uuid, to keep it across changes; leave out for a new location.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<LocationKindType>)).Description("PHYSICAL or VIRTUAL.");
        Field(x => x.Name, nullable: true).Description("The location's name.");
        Field(x => x.Address, nullable: true).Description("For a building: the street address.");
        Field(x => x.Town, nullable: true).Description("For a building: the town or city.");
        Field(x => x.Postcode, nullable: true).Description($"For a building: the postcode, at most {DirectoryLimits.PostcodeLength} characters.");
        Field(x => x.Url, nullable: true).Description("For a virtual location: its http or https address.");
    }
}

public sealed class ApproachClaimInputType : CommandInputType<ApproachClaim>
{
    public ApproachClaimInputType() : base("ApproachClaimInput", "An approach the organisation practises.")
    {
        Field(x => x.Approach, nullable: false).Description("The approach's code (see directoryTerms.approaches).");
        Field(x => x.Practice, nullable: true).Description($"What you do in practice (Markdown), at most {DirectoryLimits.ApproachTextLength:N0} characters.");
        Field(x => x.Evidence, nullable: true).Description($"A story or evidence of it in action (Markdown), at most {DirectoryLimits.ApproachTextLength:N0} characters.");
    }
}

public sealed class SelfAssessmentInputType : CommandInputType<SelfAssessmentItem>
{
    public SelfAssessmentInputType() : base("SelfAssessmentInput", "One answer of the strengths-based self-assessment.")
    {
        Field(x => x.Statement, nullable: false).Description("The statement's code (see directoryTerms.selfAssessment).");
        Field(x => x.Answer, type: typeof(NonNullGraphType<SelfAssessmentAnswerType>)).Description("How far your practice matches it.");
    }
}

/// <summary>Services and locations sent without an id are new: each gets a uuid here, before the grain sees the content.</summary>
internal static class NewServiceIds
{
    public static EntryContent Given(EntryContent content) => content with
    {
        Services = [.. content.Services.Select(s => s with
        {
            Id = NewId(s.Id),
            Locations = [.. s.Locations.Select(l => l with { Id = NewId(l.Id) })],
        })],
    };

    /// <summary>The id sent, or a new uuid for a service or location added in this change.</summary>
    private static string NewId(string id) => string.IsNullOrWhiteSpace(id) ? Guid.NewGuid().ToString("D") : id.Trim();
}
