using Convening.Contracts.Reflections;
using Convening.Web.GraphQL.Common;

namespace Convening.Web.GraphQL.Reflections;

public sealed class ReflectionVisibilityType() : DescribedEnumType<ReflectionVisibility>(
    "Who may read a reflection besides its author: nobody (PRIVATE, the default), one GROUP, or everyone convened in a PLACE.");

public sealed class ReflectionStructureType() : DescribedEnumType<ReflectionStructure>(
    "The prompts an entry answers: What? So what? Now what?; Gibbs' six stages; or free text.");

public enum JournalExportFormat
{
    Markdown,
    Json,
}

public sealed class JournalExportFormatType() : DescribedEnumType<JournalExportFormat>(
    "How to export a journal: one Markdown document, or JSON.");
