using Convening.Contracts.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>An organisation's identifier in an outside register (an org-id.guide list).</summary>
public sealed class OrgIdentifierType : ObjectGraphType<OrgIdentifier>
{
    public OrgIdentifierType()
    {
        Name = "OrgIdentifier";
        Description = "An organisation's identifier in an outside register, named by its org-id.guide list code (GB-CHC charities, GB-COH companies, GB-NHS ODS codes, GB-LAE councils…).";
        Field(x => x.Scheme).Description("The register's org-id.guide code, such as GB-CHC.");
        Field(x => x.Identifier).Description("The organisation's number or code in that register.");
        Field<NonNullGraphType<StringGraphType>, string>("identifierType").Description("What the identifier is, in words (such as 'Company number').")
            .Resolve(c => OrgIdSchemes.Find(c.Source.Scheme)?.IdentifierType ?? c.Source.Scheme);
        Field<NonNullGraphType<StringGraphType>, string>("orgId").Description("Scheme and identifier as one string, as org-id.guide writes them (GB-CHC-1234567).")
            .Resolve(c => c.Source.ToString());
    }
}

public sealed class OrgIdentifierInputType : CommandInputType<OrgIdentifier>
{
    public OrgIdentifierInputType() : base("OrgIdentifierInput", "An identifier in an outside register.")
    {
        Field(x => x.Scheme, nullable: false).Description($"The register's org-id.guide code, one of: {string.Join(", ", OrgIdSchemes.All.Select(s => s.Code))}.");
        Field(x => x.Identifier, nullable: false).Description($"The number or code in that register (spaces are ignored), at most {OrgIdSchemes.MaxLength} characters.");
    }
}
