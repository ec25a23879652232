using Convening.Contracts;
using Convening.Contracts.Cycles;
using Convening.Contracts.Reflections;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Reflections;

public sealed class SaveReflectionInputType : CommandInputType<SaveReflection>
{
    public SaveReflectionInputType() : base("SaveReflectionInput", "A new entry, or new contents for one of yours.")
    {
        OptionalKey<IdGraphType>("id", "The entry to change; leave out to start a new one.");
        Field(x => x.ExpectedVersion).Description("The version you were editing (0 for a new entry); a stale version is refused with reflection.conflict.");
        Field(x => x.Title).Description($"A title, at most {Limits.ShortText} characters.");
        Field<NonNullGraphType<ReflectionStructureType>>("structure").Description("The prompts the entry answers.");
        Field(x => x.Sections).Description($"Answers (Markdown), one per prompt; at most {Limits.ReflectionLength:N0} characters in all.");
        Field(x => x.Themes, nullable: true).Description($"Up to {Limits.ThemesPerEntry} themes: letters, digits, spaces and hyphens.");
        Field<NonNullGraphType<ReflectionVisibilityType>>("visibility").Description("Who may read it besides you.");
        Field(x => x.GroupId, type: typeof(IdGraphType)).Description("The group to share with, when visibility is GROUP; you must belong to it.");
        Field(x => x.PlaceSlug, nullable: true).Description("The place to share with, when visibility is PLACE.");
        OptionalKey<IdGraphType>("cycleId", "A learning cycle the entry is about; you must belong to its group, or the save is refused with reflection.link-not-visible. Leave out for no link (saving without it removes an earlier link).");
        OptionalKey<StringGraphType>("experimentId", "One experiment of that cycle the entry is about; needs cycleId.");
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>One of your entries.</summary>
public sealed record ReflectionIdInput(string Id);

public sealed class ReflectionIdInputType : CommandInputType<ReflectionIdInput>
{
    public ReflectionIdInputType() : base("ReflectionIdInput", "One of your entries.")
    {
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
