using Convening.Contracts.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

public sealed class OrganisationKindType() : DescribedEnumType<OrganisationKind>(
    "What kind of organisation a directory entry is: a charity, a council team, an NHS service, a community group, a social enterprise or another kind.");

public sealed class LocationKindType() : DescribedEnumType<LocationKind>(
    "PHYSICAL: a building people come to (with its address); VIRTUAL: online or by phone (with its web address).");

public sealed class SelfAssessmentAnswerType() : DescribedEnumType<SelfAssessmentAnswer>(
    "How far an organisation's practice matches a statement of strengths-based work.");

public sealed class EntryStatusType() : DescribedEnumType<EntryStatus>(
    "Where an entry is in moderation: SUBMITTED (never yet published), RETURNED (sent back with comments), PUBLISHED (public; a change may be waiting), WITHDRAWN, or DRAFT (saved by its submitter and never sent: nobody else sees it).");

public sealed class ReviewDecisionType() : DescribedEnumType<ReviewDecision>(
    "PUBLISH the version waiting for review, or RETURN it to its submitter with a comment.");

/// <summary>The facets the directory can be filtered by; the enum's values are the index's facet names.</summary>
public sealed class DirectoryFacetType : EnumerationGraphType
{
    public DirectoryFacetType()
    {
        Name = "DirectoryFacet";
        Description = "Something the directory can be filtered by.";
        Add("PLACE", Facets.Place, "A place the organisation serves; values are place slugs (the 'places' argument).");
        Add("APPROACH", Facets.Approach, "An approach it practises; values are approach codes (the 'approaches' argument).");
        Add("SECTOR", Facets.Sector, "A sector it works in; values are Sector names (the 'sectors' argument).");
        Add("PEOPLE_SERVED", Facets.PeopleServed, "People it works with; values are people-served codes (the 'peopleServed' argument).");
    }
}
