using Convening.Contracts.OrganisationDirectory;
using Convening.Web.GraphQL.Common;
using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

public sealed class SubmitOrganisationInputType : CommandInputType<EntryContent>
{
    public SubmitOrganisationInputType() : base("SubmitOrganisationInput", "A new directory entry, sent for review; you become its editor.")
    {
        EntryText.ContentFields(this);
        OptionalKey<StringGraphType>("requestId", Common.RequestIdText.Description);
    }
}

public sealed class UpdateOrganisationInputType : CommandInputType<EntryContent>
{
    public UpdateOrganisationInputType() : base("UpdateOrganisationInput",
        "A change to an entry you edit; the whole content, sent for review. A published entry stays as it is until the change is published.")
    {
        Key<IdGraphType>("id", EntryText.Id);
        EntryText.ContentFields(this);
    }
}

public sealed class SaveOrganisationDraftInputType : CommandInputType<EntryContent>
{
    public SaveOrganisationDraftInputType() : base("SaveOrganisationDraftInput",
        "A version of an entry saved without sending it for review: only you see it, moderators included. The description, places and approaches' practice may wait; everything given is checked.")
    {
        OptionalKey<IdGraphType>("id", "The uuid of an entry you edit, to save an unsent change to it; left out, a new entry (give a requestId so that saving again, and sending, reach the same entry).");
        EntryText.ContentFields(this);
        OptionalKey<StringGraphType>("requestId", Common.RequestIdText.Description);
    }
}

/// <summary>An entry and a moderator's decision on the version waiting.</summary>
public sealed record ReviewOrganisationInput(string Id, ReviewDecision Decision, string Comment);

public sealed class ReviewOrganisationInputType : CommandInputType<ReviewOrganisationInput>
{
    public ReviewOrganisationInputType() : base("ReviewOrganisationInput", "A moderator's decision on the version waiting for review.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description(EntryText.Id);
        Field(x => x.Decision, type: typeof(NonNullGraphType<ReviewDecisionType>)).Description("Publish the version waiting, or return it to its submitter.");
        Field(x => x.Comment, nullable: true).Description($"What the submitter should know or change, at most {DirectoryLimits.CommentLength:N0} characters; required when returning.");
    }
}

/// <summary>An entry, one approach it claims, and whether to endorse it (the default) or take the endorsement back.</summary>
public sealed record EndorseApproachInput(string Id, string Approach, bool On = true);

public sealed class EndorseApproachInputType : CommandInputType<EndorseApproachInput>
{
    public EndorseApproachInputType() : base("EndorseApproachInput",
        "Endorse an approach an organisation claims (we have worked alongside them), or take the endorsement back.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description(EntryText.Id);
        Field(x => x.Approach, nullable: false).Description("The code of an approach the entry claims.");
        Field(x => x.On, nullable: true).Description("True to endorse (the default), false to take your endorsement back.");
    }
}

/// <summary>One directory entry.</summary>
public sealed record OrganisationIdInput(string Id);

public sealed class OrganisationIdInputType : CommandInputType<OrganisationIdInput>
{
    public OrganisationIdInputType() : base("OrganisationIdInput", "One directory entry.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description(EntryText.Id);
    }
}

/// <summary>Someone to make a directory moderator, by the address they sign in with.</summary>
public sealed record AppointDirectoryModeratorInput(string Email);

public sealed class AppointDirectoryModeratorInputType : CommandInputType<AppointDirectoryModeratorInput>
{
    public AppointDirectoryModeratorInputType() : base("AppointDirectoryModeratorInput", "Someone to make a directory moderator.")
    {
        Field(x => x.Email, nullable: false).Description("The email address they sign in with.");
    }
}

internal static class EntryText
{
    public const string Id = "The entry's uuid.";

    /// <summary>An entry's content, the same in the three mutations that send one.</summary>
    public static void ContentFields(ComplexGraphType<EntryContent> type)
    {
        type.Field(x => x.Name, nullable: false).Description("The organisation's name.");
        type.Field(x => x.Kind, type: typeof(NonNullGraphType<OrganisationKindType>)).Description("What kind of organisation it is.");
        type.Field(x => x.Description, nullable: true).Description($"What it does, in its own words (Markdown), at most {DirectoryLimits.DescriptionLength:N0} characters.");
        type.Field(x => x.Website, nullable: true).Description($"Its website, an http or https address of at most {DirectoryLimits.UrlLength} characters.");
        type.Field(x => x.Email, nullable: true).Description("An email address to contact it.");
        type.Field(x => x.Phone, nullable: true).Description($"A phone number to contact it, at most {DirectoryLimits.PhoneLength} characters.");
        type.Field(x => x.Places, nullable: true).Description($"The slugs of the places it serves (places that exist), at most {DirectoryLimits.PlacesPerEntry}.");
        type.Field<ListGraphType<NonNullGraphType<SectorType>>>("sectors").Description("The sectors it works in.");
        type.Field(x => x.PeopleServed, nullable: true).Description("Codes of the people it works with (see directoryTerms.peopleServed).");
        type.Field<ListGraphType<NonNullGraphType<ServiceInputType>>>("services").Description($"The services it offers, at most {DirectoryLimits.ServicesPerEntry}.");
        type.Field<ListGraphType<NonNullGraphType<ApproachClaimInputType>>>("approaches").Description("The approaches it practises, each at most once.");
        type.Field<ListGraphType<NonNullGraphType<SelfAssessmentInputType>>>("selfAssessment").Description("Answers to the self-assessment, one per statement.");
        type.Field<ListGraphType<NonNullGraphType<OrgIdentifierInputType>>>("identifiers").Description($"Its identifiers in outside registers, at most {OrgIdSchemes.MaxPerEntry}; left out, the entry keeps the ones it has.");
    }
}
