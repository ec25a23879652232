using Convening.Contracts;
using Convening.Contracts.Principles;
using Convening.Contracts.Reflections;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.Reflections;
using Convening.Web.Markdown;
using Convening.Web.Principles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Principles;

public sealed class PrincipleType : ObjectGraphType<PrincipleView>
{
    public PrincipleType()
    {
        Name = "Principle";
        Description = "A statement of what matters, what it means in practice, and the evidence it came from.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle's id.");
        Field(x => x.RootId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The first principle of its lineage (itself, where it originated).");
        Field(x => x.ParentId, type: typeof(IdGraphType)).Description("The principle it adopts or adapts; null where it originated.");
        Field(x => x.PlaceSlug).Description("The place that holds it.");
        Field(x => x.PlaceName).Description("The name of the place that holds it.");
        Field(x => x.Statement).Description("The short statement.");
        Field(x => x.Practice).Description("What it means in practice (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("practiceHtml").Description("What it means in practice, rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Practice).ToString()!);
        Field(x => x.Themes).Description("Themes, lower case.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>, IReadOnlyList<Evidence>>("evidence").Description("What it came from.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<PrincipleOriginType>, PrincipleOrigin>("origin").Description("Whether the place originated, adopted or adapted it.").Resolve(c => c.Source.Origin);
        Field<NonNullGraphType<PrincipleStatusType>, PrincipleStatus>("status").Description("Draft, published or withdrawn.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StoryType>>>, IReadOnlyList<Story>>("stories").Description("Stories of the principle in action in this place, oldest first.").Resolve(c => c.Source.Stories);
        Field(x => x.Endorsements).Description("How many people endorse it.");
        Field(x => x.EndorsedByMe).Description("Whether you endorse it.");
        Field(x => x.FollowedByMe).Description("Whether you follow it.");
        Field(x => x.CreatedAt).Description("When it was drafted or adopted.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LineageNodeType>>>, IReadOnlyList<LineageNode>>("lineage")
            .Description("Where the principle originated and every place that adopted or adapted it; parents before children.")
            .ResolveAsync(async c => c.Source.Status == PrincipleStatus.Draft ? [] : await c.Grains().GetGrain<IPrincipleGrain>(c.Source.Id).Lineage());
    }
}

public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Something a principle came from: a shared reflection, a learning cycle, an experiment of one, or a link (a report).";
        Field<NonNullGraphType<EvidenceKindType>, EvidenceKind>("kind").Description("A reflection, a cycle, an experiment or a link.").Resolve(c => c.Source.Kind);
        Field(x => x.Reference).Description("The reflection's id, the link's address, the cycle's id, or 'cycleId/experimentId'.");
        Field<StringGraphType, string?>("cyclePath").Description("For a cycle or experiment: the address of the cycle page (or the experiment on it); null otherwise.").Resolve(c => EvidencePaths.Cycle(c.Source));
        Field(x => x.Note).Description("Why it is evidence.");
        Field<ReflectionType, ReflectionView>("reflection")
            .Description("The reflection cited, only if you may read it; null otherwise.")
            .ResolveAsync(c => c.Source.Kind != EvidenceKind.Reflection
                ? Task.FromResult<ReflectionView?>(null)
                : NotFound.AsNull(() => c.Grains().GetGrain<IReflectionGrain>(c.Source.Reference).Get(c.CallerId())));
    }
}
