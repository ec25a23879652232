using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Web.GraphQL.People;
using Convening.Web.Markdown;
using Convening.Web.OrganisationDirectory;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>What an organisation says about itself: one version of a directory entry.</summary>
public sealed class OrganisationContentType : ObjectGraphType<EntryContent>
{
    public OrganisationContentType()
    {
        Name = "OrganisationContent";
        Description = "What an organisation says about itself in the directory: one version of its entry (published, or waiting for review).";
        Field(x => x.Name).Description("The organisation's name.");
        Field<NonNullGraphType<OrganisationKindType>, OrganisationKind>("kind").Description("What kind of organisation it is.").Resolve(c => c.Source.Kind);
        Field(x => x.Description).Description("What it does, in its own words (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("descriptionHtml").Description("The description rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Description).ToString()!);
        Field<NonNullGraphType<StringGraphType>, string>("summary").Description($"The start of the description as plain text, at most about {DirectoryText.SummaryLength} characters.").Resolve(c => DirectoryText.Summary(c.Source.Description));
        Field(x => x.Website).Description("Its website (http or https), or empty.");
        Field(x => x.Email).Description("An email address to contact it, or empty.");
        Field(x => x.Phone).Description("A phone number to contact it, or empty.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrgIdentifierType>>>, IReadOnlyList<OrgIdentifier>>("identifiers").Description("Its identifiers in outside registers (charity, company, NHS or council codes).").Resolve(c => c.Source.OrgIds);
        Field(x => x.Places).Description("The slugs of the places it serves (see the 'place' query).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>, IReadOnlyList<Sector>>("sectors").Description("The sectors it works in.").Resolve(c => c.Source.Sectors);
        Field(x => x.PeopleServed).Description("Codes of the people it works with (see directoryTerms.peopleServed).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceOfferType>>>, IReadOnlyList<ServiceOffer>>("services").Description("The services it offers.").Resolve(c => c.Source.Services);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ApproachClaimType>>>, IReadOnlyList<ApproachClaim>>("approaches").Description("The approaches it practises, with what each means in its practice and the evidence.").Resolve(c => c.Source.Approaches);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SelfAssessmentItemType>>>, IReadOnlyList<SelfAssessmentItem>>("selfAssessment").Description("Its answers to the strengths-based self-assessment.").Resolve(c => c.Source.SelfAssessment);
    }
}
