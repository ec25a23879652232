using Convening.Contracts;
using Convening.Contracts.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>A published entry as search results hold it.</summary>
public sealed class DirectoryEntryType : ObjectGraphType<DirectoryDocument>
{
    public DirectoryEntryType()
    {
        Name = "DirectoryEntry";
        Description = "A published directory entry, as search results and exports hold it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's uuid; pass it to the 'organisation' query for the whole entry.");
        Field<NonNullGraphType<OrganisationContentType>, EntryContent>("content").Description("The published version.").Resolve(c => c.Source.Content);
        Field(x => x.AssuredAt).Description("When a moderator last assured (published) the entry.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EndorsementType>>>, IReadOnlyList<Endorsement>>("endorsements").Description("Who has endorsed which approach claim.").Resolve(c => c.Source.Endorsements);
    }
}

public sealed class ModerationItemType : ObjectGraphType<ModerationItem>
{
    public ModerationItemType()
    {
        Name = "ModerationItem";
        Description = "An entry waiting for a moderator's review.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's uuid.");
        Field(x => x.Name).Description("The organisation's name in the version waiting.");
        Field(x => x.IsChange).Description("Whether it is a change to an entry already published (rather than a new entry).");
        Field(x => x.SubmitterName).Description("Who sent it for review.");
        Field(x => x.SubmittedAt).Description("When it was sent.");
    }
}

public sealed class ModerationQueueConnectionType() : ConnectionType<ModerationItemType, ModerationItem>(
    "ModerationQueueConnection", "One page of entries waiting for review, oldest first.", "entries");

public sealed class DirectoryTermType : ObjectGraphType<Term>
{
    public DirectoryTermType()
    {
        Name = "DirectoryTerm";
        Description = "A term of one of the directory's fixed vocabularies.";
        Field(x => x.Code).Description("The stable code: what filters, inputs and exports use.");
        Field(x => x.Name).Description("The term's name.");
        Field(x => x.Description).Description("What it means.");
    }
}

/// <summary>The directory's fixed vocabularies, so API clients know the codes to send.</summary>
public sealed class DirectoryTermsType : ObjectGraphType<object>
{
    public DirectoryTermsType()
    {
        Name = "DirectoryTerms";
        Description = "The directory's fixed vocabularies and their stable codes.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectoryTermType>>>, IReadOnlyList<Term>>("approaches").Description("Approaches an organisation may claim.").Resolve(_ => DirectoryTaxonomy.Approaches);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectoryTermType>>>, IReadOnlyList<Term>>("peopleServed").Description("The people an organisation may work with.").Resolve(_ => DirectoryTaxonomy.PeopleServed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectoryTermType>>>, IReadOnlyList<Term>>("selfAssessment").Description("The statements of the strengths-based self-assessment.").Resolve(_ => DirectoryTaxonomy.SelfAssessment);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DirectoryTermType>>>, IReadOnlyList<Term>>("kinds").Description("Kinds of organisation (the codes of the OrganisationKind values).").Resolve(_ => DirectoryTaxonomy.Kinds);
    }
}
