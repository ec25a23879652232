using Convening.Contracts;
using Convening.Contracts.Principles;
using Convening.Web.GraphQL.Common;
using Convening.Web.Markdown;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Principles;

public sealed class StoryType : ObjectGraphType<Story>
{
    public StoryType()
    {
        Name = "Story";
        Description = "A story of a principle in action in a place.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The story's id.");
        Field(x => x.AuthorName).Description("Who told it.");
        Field(x => x.Markdown).Description("The story as written (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("html").Description("The story rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Markdown).ToString()!);
        Field(x => x.At).Description("When it was told.");
    }
}

public sealed class LineageNodeType : ObjectGraphType<LineageNode>
{
    public LineageNodeType()
    {
        Name = "LineageNode";
        Description = "One place's version of a principle within its lineage.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("That place's principle.");
        Field(x => x.ParentId, type: typeof(IdGraphType)).Description("The principle it came from; null for the origin.");
        Field(x => x.PlaceSlug).Description("The place.");
        Field(x => x.PlaceName).Description("The place's name.");
        Field<NonNullGraphType<PrincipleOriginType>, PrincipleOrigin>("origin").Description("Originated, adopted or adapted.").Resolve(c => c.Source.Origin);
        Field(x => x.Statement).Description("The wording in that place.");
        Field(x => x.Withdrawn).Description("Whether that place has withdrawn it.");
        Field(x => x.At).Description("When that place took it up.");
    }
}

public sealed class PrincipleSummaryType : ObjectGraphType<PrincipleSummary>
{
    public PrincipleSummaryType()
    {
        Name = "PrincipleSummary";
        Description = "A principle as the library lists it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle's id.");
        Field(x => x.RootId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The first principle of its lineage.");
        Field(x => x.PlaceSlug).Description("The place that holds it.");
        Field(x => x.PlaceName).Description("The place's name.");
        Field(x => x.Statement).Description("The short statement.");
        Field(x => x.Themes).Description("Themes, lower case.");
        Field<NonNullGraphType<PrincipleOriginType>, PrincipleOrigin>("origin").Description("Originated, adopted or adapted.").Resolve(c => c.Source.Origin);
        Field(x => x.Endorsements).Description("How many people endorse it.");
        Field(x => x.PublishedAt).Description("When it was published.");
    }
}

public sealed class PrincipleOriginType() : DescribedEnumType<PrincipleOrigin>(
    "How a place came to hold a principle.");

public sealed class PrincipleStatusType() : DescribedEnumType<PrincipleStatus>(
    "Draft (its place's curators only), published (in the library) or withdrawn.");

public sealed class EvidenceKindType() : DescribedEnumType<EvidenceKind>(
    "A shared reflection, a learning cycle, an experiment of a cycle, a link, or a card on a live board (reference: boardId/cardId).");
