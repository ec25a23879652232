using Convening.Contracts.OrganisationDirectory;
using Convening.Web.Markdown;
using Convening.Web.OrganisationDirectory;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

public sealed class ServiceOfferType : ObjectGraphType<ServiceOffer>
{
    public ServiceOfferType()
    {
        Name = "ServiceOffer";
        Description = "A service an organisation offers: what it is, how to get it, where and when.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The service's uuid, kept across edits and exports.");
        Field(x => x.Name).Description("The service's name.");
        Field(x => x.Description).Description("What the service is (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("descriptionHtml").Description("The description rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Description).ToString()!);
        Field(x => x.HowToAccess).Description("How to get the service: referral, drop in, phone first…");
        Field(x => x.When).Description("When it runs, in words (for example 'Tuesdays 10am to 2pm').");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceLocationType>>>, IReadOnlyList<ServiceLocation>>("locations").Description("Where it is delivered.").Resolve(c => c.Source.Locations);
    }
}

public sealed class ServiceLocationType : ObjectGraphType<ServiceLocation>
{
    public ServiceLocationType()
    {
        Name = "ServiceLocation";
        Description = "Where a service is delivered: a building (with its address) or online or by phone (with its web address).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The location's uuid, kept across edits and exports.");
        Field<NonNullGraphType<LocationKindType>, LocationKind>("kind").Description("A building, or virtual.").Resolve(c => c.Source.Kind);
        Field(x => x.Name).Description("The location's name, or empty.");
        Field(x => x.Address).Description("For a building: the street address.");
        Field(x => x.Town).Description("For a building: the town or city.");
        Field(x => x.Postcode).Description("For a building: the postcode.");
        Field(x => x.Url).Description("For a virtual location: its web address.");
    }
}

public sealed class ApproachClaimType : ObjectGraphType<ApproachClaim>
{
    public ApproachClaimType()
    {
        Name = "ApproachClaim";
        Description = "An approach an organisation says it practises, what that means in its practice, and a story or evidence.";
        Field(x => x.Approach).Description("The approach's code (see directoryTerms.approaches).");
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("The approach's name.").Resolve(c => DirectoryText.Term(DirectoryTaxonomy.Approaches, c.Source.Approach));
        Field(x => x.Practice).Description("What the organisation does in practice (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("practiceHtml").Description("The practice rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Practice).ToString()!);
        Field(x => x.Evidence).Description("A story or evidence of the approach in action (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("evidenceHtml").Description("The evidence rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Evidence).ToString()!);
    }
}

public sealed class SelfAssessmentItemType : ObjectGraphType<SelfAssessmentItem>
{
    public SelfAssessmentItemType()
    {
        Name = "SelfAssessmentItem";
        Description = "One answer of the strengths-based self-assessment.";
        Field(x => x.Statement).Description("The statement's code (see directoryTerms.selfAssessment).");
        Field<NonNullGraphType<StringGraphType>, string>("text").Description("The statement, in words.").Resolve(c => DirectoryTaxonomy.Find(DirectoryTaxonomy.SelfAssessment, c.Source.Statement)?.Description ?? c.Source.Statement);
        Field<NonNullGraphType<SelfAssessmentAnswerType>, SelfAssessmentAnswer>("answer").Description("How far the organisation's practice matches it.").Resolve(c => c.Source.Answer);
    }
}
