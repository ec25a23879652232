using Convening.Contracts.Reflections;
using Convening.Web.GraphQL.Common;
using Convening.Web.Markdown;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

/// <summary>One answer of a structured entry, with the prompt it answers.</summary>
public sealed record ReflectionSection(string Prompt, string Markdown);

public sealed class ReflectionType : ObjectGraphType<ReflectionView>
{
    public ReflectionType()
    {
        Name = "Reflection";
        Description = "A reflective-practice entry; returned only to its author and to the audience it is shared with.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's id.");
        Field(x => x.AuthorId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The author's person id.");
        Field(x => x.AuthorName).Description("The author's name as it was when they last saved.");
        Field(x => x.Title).Description("The entry's title.");
        Field<NonNullGraphType<ReflectionStructureType>, ReflectionStructure>("structure").Description("The prompts the entry answers.").Resolve(c => c.Source.Structure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReflectionSectionType>>>, IReadOnlyList<ReflectionSection>>("sections")
            .Description("The answers, one per prompt of the structure.")
            .Resolve(c => Sections(c.Source.Structure, c.Source.Sections));
        Field(x => x.Themes).Description("Themes, lower case.");
        Field<NonNullGraphType<ReflectionVisibilityType>, ReflectionVisibility>("visibility").Description("Who may read it.").Resolve(c => c.Source.Visibility);
        Field(x => x.GroupId, type: typeof(IdGraphType)).Description("The group it is shared with, when shared with a group.");
        Field(x => x.PlaceSlug, nullable: true).Description("The place it is shared with (or the place of its group).");
        Field<StringGraphType, string?>("sharedWith")
            .Description("The name of the group or place it is shared with; null when private.")
            .ResolveAsync(async c => await Convening.Web.Reflections.SharedWith.Name(c.Grains(), c.Source));
        Field(x => x.IsDraft).Description("True when you are its author and autosave kept changes you have not saved: only you see them.");
        Field<WorkLinkType, Convening.Contracts.Cycles.WorkLink>("link").Description("The learning cycle or experiment it is about, if any.").Resolve(c => c.Source.Link);
        Field(x => x.Version).Description("Goes up by one with each save; send it back as expectedVersion when saving.");
        Field(x => x.CreatedAt).Description("When it was first saved.");
        Field(x => x.UpdatedAt).Description("When it was last saved.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReflectionRevisionType>>>, IReadOnlyList<ReflectionRevision>>("history")
            .Description("Earlier versions, newest first; the author only.")
            .ResolveAsync(async c => await c.Grains().GetGrain<IReflectionGrain>(c.Source.Id).History(c.CallerId()));
    }

    public static IReadOnlyList<ReflectionSection> Sections(ReflectionStructure structure, IReadOnlyList<string> answers) =>
        [.. ReflectionStructures.Prompts(structure).Zip(answers, (p, a) => new ReflectionSection(p, a))];
}

public sealed class ReflectionSectionType : ObjectGraphType<ReflectionSection>
{
    public ReflectionSectionType()
    {
        Name = "ReflectionSection";
        Description = "One prompt of an entry's structure and the author's answer.";
        Field(x => x.Prompt).Description("The prompt, e.g. 'So what?'.");
        Field(x => x.Markdown).Description("The answer as the author wrote it (Markdown).");
        Field<NonNullGraphType<StringGraphType>, string>("html").Description("The answer rendered safely as HTML.").Resolve(c => SafeMarkdown.Render(c.Source.Markdown).ToString()!);
    }
}

public sealed class ReflectionRevisionType : ObjectGraphType<ReflectionRevision>
{
    public ReflectionRevisionType()
    {
        Name = "ReflectionRevision";
        Description = "An earlier version of an entry.";
        Field(x => x.Version).Description("The version number it had.");
        Field(x => x.Title).Description("The title it had.");
        Field(x => x.Sections).Description("The answers it had (Markdown).");
        Field(x => x.Themes).Description("The themes it had.");
        Field<NonNullGraphType<ReflectionVisibilityType>, ReflectionVisibility>("visibility").Description("Who could read it.").Resolve(c => c.Source.Visibility);
        Field(x => x.SavedAt).Description("When that version was saved.");
    }
}
