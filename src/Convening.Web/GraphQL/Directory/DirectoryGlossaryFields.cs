using Convening.Contracts.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>The directory's glossary of synonyms: read by anyone, changed by directory moderators.</summary>
public static class DirectoryGlossaryFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<DirectoryGlossaryType>, DirectoryGlossary>("directoryGlossary")
            .Description("The directory's glossary: groups of words and phrases that searches treat as meaning the same. Open to everyone.")
            .ResolveAsync(async ctx => await ctx.Grains().GetGrain<IDirectoryGlossaryGrain>(IDirectoryGlossaryGrain.Key).Get());

        mutation.AddMutation<DirectoryGlossaryType, DirectoryGlossary, SetDirectoryGlossaryInputType>("setDirectoryGlossary",
            "Replaces the directory's glossary; directory moderators only. Each group needs two or more words or phrases (glossary.* codes say what is wrong).",
            async ctx => await ctx.Grains().GetGrain<IDirectoryGlossaryGrain>(IDirectoryGlossaryGrain.Key)
                .Set(ctx.Input<SetDirectoryGlossaryInput>().Groups, ctx.CallerId()));
    }
}

public sealed class DirectoryGlossaryType : ObjectGraphType<DirectoryGlossary>
{
    public DirectoryGlossaryType()
    {
        Name = "DirectoryGlossary";
        Description = "Groups of words and phrases that directory searches treat as meaning the same.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("groups")
            .Description("Each group's words and phrases, lower case.")
            .Resolve(ctx => ctx.Source.Groups);
    }
}

/// <summary>The whole directory glossary, as its moderators replace it.</summary>
public sealed record SetDirectoryGlossaryInput(IReadOnlyList<IReadOnlyList<string>> Groups);

public sealed class SetDirectoryGlossaryInputType : CommandInputType<SetDirectoryGlossaryInput>
{
    public SetDirectoryGlossaryInputType() : base("SetDirectoryGlossaryInput", "The whole glossary to keep.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>("groups")
            .Description("Groups of two or more words or phrases that mean the same.");
    }
}
