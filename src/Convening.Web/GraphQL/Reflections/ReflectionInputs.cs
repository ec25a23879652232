using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Reflections;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

public sealed class SaveReflectionInput
{
    public string? Id { get; set; }
    public int ExpectedVersion { get; set; }
    public string Title { get; set; } = "";
    public ReflectionStructure Structure { get; set; }
    public List<string> Sections { get; set; } = [];
    public List<string>? Themes { get; set; }
    public ReflectionVisibility Visibility { get; set; }
    public string? GroupId { get; set; }
    public string? PlaceSlug { get; set; }
    public string? CycleId { get; set; }
    public string? ExperimentId { get; set; }

    public SaveReflection ToCommand() =>
        new(ExpectedVersion, Title, Structure, Sections, Themes ?? [], Visibility, GroupId, PlaceSlug,
            string.IsNullOrWhiteSpace(CycleId) ? null : new WorkLink(CycleId, ExperimentId)) { RequestId = RequestId };

    public string? RequestId { get; set; }
}

public sealed class SaveReflectionInputType : InputObjectGraphType<SaveReflectionInput>
{
    public SaveReflectionInputType()
    {
        Name = "SaveReflectionInput";
        Description = "A new entry, or new contents for one of yours.";
        Field(x => x.Id, type: typeof(IdGraphType)).Description("The entry to change; leave out to start a new one.");
        Field(x => x.ExpectedVersion).Description("The version you were editing (0 for a new entry); a stale version is refused with reflection.conflict.");
        Field(x => x.Title).Description($"A title, at most {Limits.ShortText} characters.");
        Field<NonNullGraphType<ReflectionStructureType>>("structure").Description("The prompts the entry answers.");
        Field(x => x.Sections).Description($"Answers (Markdown), one per prompt; at most {Limits.ReflectionLength:N0} characters in all.");
        Field(x => x.Themes, nullable: true).Description($"Up to {Limits.ThemesPerEntry} themes: letters, digits, spaces and hyphens.");
        Field<NonNullGraphType<ReflectionVisibilityType>>("visibility").Description("Who may read it besides you.");
        Field(x => x.GroupId, type: typeof(IdGraphType)).Description("The group to share with, when visibility is GROUP; you must belong to it.");
        Field(x => x.PlaceSlug, nullable: true).Description("The place to share with, when visibility is PLACE.");
        Field(x => x.CycleId, type: typeof(IdGraphType)).Description("A learning cycle the entry is about; you must belong to its group, or the save is refused with reflection.link-not-visible. Leave out for no link (saving without it removes an earlier link).");
        Field(x => x.ExperimentId, nullable: true).Description("One experiment of that cycle the entry is about; needs cycleId.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class ReflectionIdInput
{
    public string Id { get; set; } = "";
}

public sealed class ReflectionIdInputType : InputObjectGraphType<ReflectionIdInput>
{
    public ReflectionIdInputType()
    {
        Name = "ReflectionIdInput";
        Description = "One of your entries.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's id.");
    }
}

/// <summary>What is left of an entry after it is deleted: its id, so a client can drop it.</summary>
public sealed record DeletedReflection(string Id);

public sealed class DeletedReflectionType : ObjectGraphType<DeletedReflection>
{
    public DeletedReflectionType()
    {
        Name = "DeletedReflection";
        Description = "An entry that has been deleted for good, with its history.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id the entry had.");
    }
}
