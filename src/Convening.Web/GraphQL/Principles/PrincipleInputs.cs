using Convening.Contracts;
using Convening.Contracts.Principles;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Principles;

public sealed class PrincipleInput
{
    public string? Id { get; set; }
    public string? PlaceSlug { get; set; }
    public string? Statement { get; set; }
    public string? Practice { get; set; }
    public List<string>? Themes { get; set; }
    public List<Evidence>? Evidence { get; set; }
    public string? ParentId { get; set; }
    public string? Story { get; set; }
    public bool On { get; set; } = true;
    public string? RequestId { get; set; }

    public DraftPrinciple ToDraft() => new(PlaceSlug ?? "", Statement ?? "", Practice ?? "", Themes ?? [], Evidence ?? []);
}

public sealed class EvidenceInputType : InputObjectGraphType<Evidence>
{
    public EvidenceInputType()
    {
        Name = "EvidenceInput";
        Description = "A shared reflection you can see, a learning cycle or experiment of a group you belong to, or an http(s) link.";
        Field<NonNullGraphType<EvidenceKindType>>("kind").Description("REFLECTION, LINK, CYCLE or EXPERIMENT.");
        Field(x => x.Reference).Description("The reflection's id, the link's address, the cycle's id, or 'cycleId/experimentId'. A cycle you cannot see is refused with principle.evidence-not-visible.");
        Field(x => x.Note, nullable: true).Description($"Why it is evidence, at most {Limits.ShortText} characters.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new Evidence((EvidenceKind)value["kind"]!, value["reference"] as string ?? "", value.TryGetValue("note", out var n) ? n as string ?? "" : "");
}

/// <summary>The input types of the principle mutations: each names only the fields it takes.</summary>
public abstract class PrincipleInputType : InputObjectGraphType<PrincipleInput>
{
    protected PrincipleInputType(string name, string description, params string[] fields)
    {
        Name = name;
        Description = description;
        foreach (var field in fields)
            Add(field);
    }

    private void Add(string field)
    {
        FieldType _ = field switch
        {
            "id" => Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle.").FieldType,
            "placeSlug" => Field(x => x.PlaceSlug, nullable: false).Description("The place that will hold it; you must be one of its stewards or group convenors.").FieldType,
            "statement" => Field(x => x.Statement, nullable: false).Description($"The short statement, at most {Limits.StatementLength} characters.").FieldType,
            "wording" => Field(x => x.Statement, nullable: true).Description("Your place's wording; leave out to adopt the principle as it is.").FieldType,
            "practice" => Field(x => x.Practice, nullable: true).Description($"What it means in practice (Markdown), at most {Limits.PracticeLength:N0} characters.").FieldType,
            "themes" => Field(x => x.Themes, nullable: true).Description($"Up to {Limits.ThemesPerEntry} themes.").FieldType,
            "evidence" => Field<ListGraphType<NonNullGraphType<EvidenceInputType>>>("evidence").Description($"Up to {Limits.EvidencePerPrinciple} pieces of evidence.").FieldType,
            "parentId" => Field(x => x.ParentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle to adopt or adapt.").FieldType,
            "story" => Field(x => x.Story, nullable: true).Description($"A story of the principle in action (Markdown), at most {Limits.StoryLength:N0} characters.").FieldType,
            "requestId" => Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description).FieldType,
            "on" => Field(x => x.On, nullable: true).Description("True to start (the default), false to stop.").FieldType,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a principle input field."),
        };
    }
}

public sealed class DraftPrincipleInputType() : PrincipleInputType("DraftPrincipleInput", "A new principle for a place, kept as a draft until published.", "placeSlug", "statement", "practice", "themes", "evidence", "requestId");

public sealed class RevisePrincipleInputType() : PrincipleInputType("RevisePrincipleInput", "New wording, practice, themes and evidence for a principle.", "id", "statement", "practice", "themes", "evidence");

public sealed class PrincipleIdInputType() : PrincipleInputType("PrincipleIdInput", "One principle.", "id");

public sealed class AdoptPrincipleInputType() : PrincipleInputType("AdoptPrincipleInput", "Adopt a principle for your place, or adapt it by rewording it.", "parentId", "placeSlug", "wording", "practice", "story", "requestId");

public sealed class StoryInputType() : PrincipleInputType("StoryInput", "A story of a principle in action.", "id", "story", "requestId");

public sealed class ToggleInputType() : PrincipleInputType("PrincipleToggleInput", "Start or stop endorsing or following a principle.", "id", "on");
