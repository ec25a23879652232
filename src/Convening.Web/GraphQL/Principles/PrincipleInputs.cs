using Convening.Contracts;
using Convening.Contracts.Principles;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.Principles;

public sealed class EvidenceInputType : CommandInputType<Evidence>
{
    public EvidenceInputType() : base("EvidenceInput", "A shared reflection you can see, a learning cycle or experiment of a group you belong to, or an http(s) link.")
    {
        Field<NonNullGraphType<EvidenceKindType>>("kind").Description("REFLECTION, LINK, CYCLE or EXPERIMENT.");
        Field(x => x.Reference).Description("The reflection's id, the link's address, the cycle's id, or 'cycleId/experimentId'. A cycle you cannot see is refused with principle.evidence-not-visible.");
        Field(x => x.Note, nullable: true).Description($"Why it is evidence, at most {Limits.ShortText} characters.");
    }
}

public sealed class DraftPrincipleInputType : CommandInputType<DraftPrinciple>
{
    public DraftPrincipleInputType() : base("DraftPrincipleInput", "A new principle for a place, kept as a draft until published.")
    {
        Field(x => x.PlaceSlug).Description(PrincipleText.PlaceSlug);
        PrincipleText.Content(this);
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

public sealed class RevisePrincipleInputType : CommandInputType<DraftPrinciple>
{
    public RevisePrincipleInputType() : base("RevisePrincipleInput", "New wording, practice, themes and evidence for a principle.")
    {
        Key<IdGraphType>("id", "The principle.");
        PrincipleText.Content(this);
    }
}

/// <summary>One principle.</summary>
public sealed record PrincipleIdInput(string Id);

public sealed class PrincipleIdInputType : CommandInputType<PrincipleIdInput>
{
    public PrincipleIdInputType() : base("PrincipleIdInput", "One principle.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle.");
    }
}

public sealed class AdoptPrincipleInputType : CommandInputType<AdoptPrinciple>
{
    public AdoptPrincipleInputType() : base("AdoptPrincipleInput", "Adopt a principle for your place, or adapt it by rewording it.")
    {
        Field(x => x.ParentId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle to adopt or adapt.");
        Field(x => x.PlaceSlug).Description(PrincipleText.PlaceSlug);
        Field(x => x.Statement, nullable: true).Description("Your place's wording; leave out to adopt the principle as it is.");
        Field(x => x.Practice, nullable: true).Description(PrincipleText.Practice);
        Field(x => x.Story, nullable: true).Description(PrincipleText.Story);
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>A story of a principle in action.</summary>
public sealed record StoryInput(string Id, string Story, string? RequestId);

public sealed class StoryInputType : CommandInputType<StoryInput>
{
    public StoryInputType() : base("StoryInput", "A story of a principle in action.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle.");
        Field(x => x.Story, nullable: true).Description(PrincipleText.Story);
        Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description);
    }
}

/// <summary>Start (the default) or stop endorsing or following a principle.</summary>
public sealed record PrincipleToggleInput(string Id, bool On = true);

public sealed class PrincipleToggleInputType : CommandInputType<PrincipleToggleInput>
{
    public PrincipleToggleInputType() : base("PrincipleToggleInput", "Start or stop endorsing or following a principle.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The principle.");
        Field(x => x.On, nullable: true).Description("True to start (the default), false to stop.");
    }
}

internal static class PrincipleText
{
    public const string PlaceSlug = "The place that will hold it; you must be one of its stewards or group convenors.";
    public static readonly string Practice = $"What it means in practice (Markdown), at most {Limits.PracticeLength:N0} characters.";
    public static readonly string Story = $"A story of the principle in action (Markdown), at most {Limits.StoryLength:N0} characters.";

    /// <summary>A principle's wording, practice, themes and evidence, as drafted and as revised.</summary>
    public static void Content(ComplexGraphType<DraftPrinciple> type)
    {
        type.Field(x => x.Statement).Description($"The short statement, at most {Limits.StatementLength} characters.");
        type.Field(x => x.Practice, nullable: true).Description(Practice);
        type.Field(x => x.Themes, nullable: true).Description($"Up to {Limits.ThemesPerEntry} themes.");
        type.Field<ListGraphType<NonNullGraphType<EvidenceInputType>>>("evidence").Description($"Up to {Limits.EvidencePerPrinciple} pieces of evidence.");
    }
}
