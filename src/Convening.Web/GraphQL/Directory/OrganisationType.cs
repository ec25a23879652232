using Convening.Contracts.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>A directory entry as the caller may see it.</summary>
public sealed class OrganisationType : ObjectGraphType<OrganisationView>
{
    public OrganisationType()
    {
        Name = "Organisation";
        Description = "An organisation's directory entry as you may see it: the public sees only the published version; its editors and the directory's moderators also see the version waiting for review and the moderators' comments.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's uuid (lower case, with hyphens).");
        Field<NonNullGraphType<EntryStatusType>, EntryStatus>("status").Description("PUBLISHED or WITHDRAWN once the entry has been public; before that, where its first version is in review (SUBMITTED or RETURNED).").Resolve(c => c.Source.Status);
        Field<EntryStatusType, EntryStatus?>("pendingStatus").Description("Where the version waiting is: SUBMITTED (for review) or RETURNED (with comments); null when none is waiting or you may not see it.").Resolve(c => c.Source.PendingStatus);
        Field<OrganisationContentType, EntryContent>("published").Description("The version in the public directory; null until first published.").Resolve(c => c.Source.Published);
        Field<OrganisationContentType, EntryContent>("pending").Description("The version waiting for review (or returned); editors and moderators only, null otherwise.").Resolve(c => c.Source.Pending);
        Field<OrganisationContentType, EntryContent>("draft").Description("A version its editors saved and have not sent for review; editors only (moderators never see it), null otherwise.").Resolve(c => c.Source.Draft);
        Field(x => x.DraftSavedAt, nullable: true).Description("When the draft was last saved; editors only.");
        Field<NonNullGraphType<OrganisationContentType>, EntryContent>("current").Description("What you should be shown: your draft if you edit the entry and have one, else the pending version if you edit or moderate it, else the published one.").Resolve(c => c.Source.Current);
        Field(x => x.AssuredAt, nullable: true).Description("When a moderator last assured (published) the entry; null until then.");
        Field(x => x.SubmittedAt, nullable: true).Description("When the version waiting for review was sent; editors and moderators only.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EndorsementType>>>, IReadOnlyList<Endorsement>>("endorsements").Description("Who has endorsed which approach claim (\"we have worked alongside them\").").Resolve(c => c.Source.Endorsements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ModerationCommentType>>>, IReadOnlyList<ModerationComment>>("comments").Description("The moderation conversation, oldest first; editors and moderators only (empty otherwise).").Resolve(c => c.Source.Comments);
        Field(x => x.CanEdit).Description("Whether you may change or withdraw the entry.");
        Field(x => x.CanModerate).Description("Whether you may review the entry (you are a directory moderator).");
    }
}

public sealed class EditorEntryType : ObjectGraphType<EditorEntry>
{
    public EditorEntryType()
    {
        Name = "EditorEntry";
        Description = "One entry you edit, as your list of entries shows it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's uuid.");
        Field(x => x.Name).Description("The name in its newest version (your draft, the version waiting, or the published one).");
        Field<NonNullGraphType<EntryStatusType>, EntryStatus>("status").Description("The entry's status (DRAFT while it has never been sent).").Resolve(c => c.Source.Status);
        Field(x => x.HasDraft).Description("Whether you have saved a version that is not yet sent for review.");
        Field(x => x.Waiting).Description("Whether a version is waiting for a moderator.");
        Field(x => x.SentBack).Description("Whether the moderators sent the last version back with comments.");
        Field(x => x.Comments).Description("How many comments the moderators have written on it.");
        Field<ModerationCommentType, ModerationComment>("lastComment").Description("The moderators' latest comment, or null.").Resolve(c => c.Source.LastComment);
        Field(x => x.UpdatedAt).Description("When it last changed (saved, sent or published).");
    }
}

public sealed class EndorsementType : ObjectGraphType<Endorsement>
{
    public EndorsementType()
    {
        Name = "Endorsement";
        Description = "Someone saying of an approach claim: we have worked alongside them.";
        Field(x => x.Approach).Description("The code of the approach endorsed.");
        Field(x => x.PersonName).Description("Who endorsed it.");
        Field(x => x.Organisation).Description("The organisation they work for, or empty.");
        Field(x => x.At).Description("When they endorsed it.");
        Field<NonNullGraphType<BooleanGraphType>, bool>("byMe").Description("Whether the endorsement is yours.").Resolve(c => c.Source.PersonId == c.CallerId());
    }
}

public sealed class ModerationCommentType : ObjectGraphType<ModerationComment>
{
    public ModerationCommentType()
    {
        Name = "ModerationComment";
        Description = "A comment in an entry's moderation conversation.";
        Field(x => x.AuthorName).Description("Who wrote it.");
        Field(x => x.ByModerator).Description("Whether a moderator wrote it (when reviewing).");
        Field(x => x.Text).Description("What they wrote (plain text).");
        Field(x => x.At).Description("When it was written.");
    }
}
