using Convening.Contracts.Groups;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class GlossaryEntryType : ObjectGraphType<GlossaryEntry>
{
    public GlossaryEntryType()
    {
        Name = "GlossaryEntry";
        Description = "One entry of a group's shared language.";
        Field(x => x.Id).Description("The entry's id.");
        Field(x => x.AgreedTerm).Description("The term the group agrees to use, e.g. 'person'.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgencyTermType>>>, IReadOnlyList<AgencyTerm>>("agencyTerms")
            .Description("What each agency says for the same thing.")
            .Resolve(ctx => ctx.Source.AgencyTerms);
        Field(x => x.Note).Description("Why the group chose this term.");
        Field(x => x.UpdatedBy).Description("Who last changed it.");
        Field(x => x.UpdatedAt).Description("When it was last changed.");
    }
}

public sealed class AgencyTermType : ObjectGraphType<AgencyTerm>
{
    public AgencyTermType()
    {
        Name = "AgencyTerm";
        Description = "The word one agency uses.";
        Field(x => x.Agency).Description("The agency or sector, e.g. 'Jobcentre Plus'.");
        Field(x => x.Term).Description("The word it uses, e.g. 'customer'.");
    }
}
