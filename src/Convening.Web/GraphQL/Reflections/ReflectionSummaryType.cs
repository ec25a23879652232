using Convening.Contracts;
using Convening.Contracts.Reflections;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

public sealed class ReflectionSummaryType : ObjectGraphType<ReflectionSummary>
{
    public ReflectionSummaryType()
    {
        Name = "ReflectionSummary";
        Description = "An entry as lists show it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's id.");
        Field(x => x.AuthorName).Description("The author's name.");
        Field(x => x.Title).Description("The entry's title.");
        Field(x => x.Excerpt).Description($"The opening of the entry as plain text, at most {Limits.ExcerptLength} characters.");
        Field(x => x.Themes).Description("Themes, lower case.");
        Field<NonNullGraphType<ReflectionVisibilityType>, ReflectionVisibility>("visibility").Description("Who may read it.").Resolve(c => c.Source.Visibility);
        Field(x => x.UpdatedAt).Description("When it was last saved.");
    }
}
