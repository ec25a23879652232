using Convening.Contracts.Groups;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Groups;

public sealed class AgencyTermInputType : CommandInputType<AgencyTerm>
{
    public AgencyTermInputType() : base("AgencyTermInput", "The word one agency uses.")
    {
        Field(x => x.Agency).Description("The agency or sector.");
        Field(x => x.Term).Description("The word it uses.");
    }
}

public sealed class AddGlossaryEntryInputType : CommandInputType<GlossaryEntryInput>
{
    public AddGlossaryEntryInputType() : base("AddGlossaryEntryInput", GlossaryText.Entry)
    {
        Key<StringGraphType>("groupId", "The group.");
        GlossaryText.EntryFields(this);
    }
}

public sealed class UpdateGlossaryEntryInputType : CommandInputType<GlossaryEntryInput>
{
    public UpdateGlossaryEntryInputType() : base("UpdateGlossaryEntryInput", GlossaryText.Entry)
    {
        Key<StringGraphType>("groupId", "The group.");
        Key<StringGraphType>("entryId", "The entry to change.");
        GlossaryText.EntryFields(this);
    }
}

/// <summary>A group and one entry of its glossary.</summary>
public sealed record RemoveGlossaryEntryInput(string GroupId, string EntryId);

public sealed class RemoveGlossaryEntryInputType : CommandInputType<RemoveGlossaryEntryInput>
{
    public RemoveGlossaryEntryInputType() : base("RemoveGlossaryEntryInput", "A glossary entry to remove.")
    {
        Field(x => x.GroupId).Description("The group.");
        Field(x => x.EntryId).Description("The entry.");
    }
}

internal static class GlossaryText
{
    public const string Entry = "A glossary entry: the agreed term, what agencies say, and why. Members and convenors, not observers.";

    /// <summary>The fields of an entry, the same in both mutations that send one.</summary>
    public static void EntryFields(ComplexGraphType<GlossaryEntryInput> type)
    {
        type.Field(x => x.AgreedTerm).Description("The term the group agrees to use.");
        type.Field<ListGraphType<NonNullGraphType<AgencyTermInputType>>>("agencyTerms").Description("What each agency says.");
        type.Field(x => x.Note, nullable: true).Description("Why the group chose this term.");
    }
}
