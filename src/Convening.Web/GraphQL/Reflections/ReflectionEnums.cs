using Convening.Contracts.Reflections;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

public sealed class ReflectionVisibilityType : EnumerationGraphType<ReflectionVisibility>
{
    public ReflectionVisibilityType()
    {
        Name = "ReflectionVisibility";
        Description = "Who may read a reflection besides its author: nobody (PRIVATE, the default), one GROUP, or everyone convened in a PLACE.";
    }
}

public sealed class ReflectionStructureType : EnumerationGraphType<ReflectionStructure>
{
    public ReflectionStructureType()
    {
        Name = "ReflectionStructure";
        Description = "The prompts an entry answers: What? So what? Now what?; Gibbs' six stages; or free text.";
    }
}

public enum JournalExportFormat
{
    Markdown,
    Json,
}

public sealed class JournalExportFormatType : EnumerationGraphType<JournalExportFormat>
{
    public JournalExportFormatType()
    {
        Name = "JournalExportFormat";
        Description = "How to export a journal: one Markdown document, or JSON.";
    }
}
