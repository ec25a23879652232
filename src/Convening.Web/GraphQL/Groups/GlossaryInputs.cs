using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class GlossaryInput
{
    public string GroupId { get; set; } = "";
    public string? EntryId { get; set; }
    public string AgreedTerm { get; set; } = "";
    public List<AgencyTermInput>? AgencyTerms { get; set; }
    public string? Note { get; set; }
}

public sealed class AgencyTermInput
{
    public string Agency { get; set; } = "";
    public string Term { get; set; } = "";
}

public sealed class AgencyTermInputType : InputObjectGraphType<AgencyTermInput>
{
    public AgencyTermInputType()
    {
        Name = "AgencyTermInput";
        Description = "The word one agency uses.";
        Field(x => x.Agency).Description("The agency or sector.");
        Field(x => x.Term).Description("The word it uses.");
    }
}

public abstract class GlossaryEntryInputBase : InputObjectGraphType<GlossaryInput>
{
    protected GlossaryEntryInputBase(string name, bool withEntryId)
    {
        Name = name;
        Description = "A glossary entry: the agreed term, what agencies say, and why. Members and convenors, not observers.";
        Field(x => x.GroupId).Description("The group.");
        if (withEntryId)
            Field(x => x.EntryId, nullable: false).Description("The entry to change.");
        Field(x => x.AgreedTerm).Description("The term the group agrees to use.");
        Field<ListGraphType<NonNullGraphType<AgencyTermInputType>>>("agencyTerms").Description("What each agency says.");
        Field(x => x.Note, nullable: true).Description("Why the group chose this term.");
    }
}

public sealed class AddGlossaryEntryInputType() : GlossaryEntryInputBase("AddGlossaryEntryInput", withEntryId: false);

public sealed class UpdateGlossaryEntryInputType() : GlossaryEntryInputBase("UpdateGlossaryEntryInput", withEntryId: true);

public sealed class RemoveGlossaryEntryInputType : InputObjectGraphType<GlossaryInput>
{
    public RemoveGlossaryEntryInputType()
    {
        Name = "RemoveGlossaryEntryInput";
        Description = "A glossary entry to remove.";
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.EntryId, nullable: false).Description("The entry.");
    }
}
