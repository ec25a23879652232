using Convening.Contracts.OrganisationDirectory;
using Convening.Contracts.People;
using Convening.Web.GraphQL.People;
using GraphQL.Types;

namespace Convening.Web.GraphQL.OrganisationDirectory;

/// <summary>What the organisation mutations take; each input type names only the fields it uses.</summary>
public sealed class OrganisationInput
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? Description { get; set; }
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public List<string>? Places { get; set; }
    public List<Sector>? Sectors { get; set; }
    public List<string>? PeopleServed { get; set; }
    public List<ServiceInput>? Services { get; set; }
    public List<ApproachInput>? Approaches { get; set; }
    public List<SelfAssessmentInput>? SelfAssessment { get; set; }
    public List<OrgIdentifierInput>? Identifiers { get; set; }
    public ReviewDecision Decision { get; set; }
    public string? Comment { get; set; }
    public string? Approach { get; set; }
    public bool On { get; set; } = true;
    public string? RequestId { get; set; }

    /// <summary>The content to submit; services and locations sent without an id get a new uuid.</summary>
    public EntryContent ToContent() => new(
        Name ?? "", Kind, Description ?? "", Website ?? "", Email ?? "", Phone ?? "",
        Places ?? [], Sectors ?? [], PeopleServed ?? [],
        [.. (Services ?? []).Select(s => s.ToOffer())],
        [.. (Approaches ?? []).Select(a => new ApproachClaim(a.Approach ?? "", a.Practice ?? "", a.Evidence ?? ""))],
        [.. (SelfAssessment ?? []).Select(a => new SelfAssessmentItem(a.Statement ?? "", a.Answer))],
        Identifiers?.Select(x => new OrgIdentifier(x.Scheme ?? "", x.Identifier ?? "")).ToList());
}

public abstract class OrganisationInputType : InputObjectGraphType<OrganisationInput>
{
    protected OrganisationInputType(string name, string description, params string[] fields)
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
            "id" => Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The entry's uuid.").FieldType,
            "draftOf" => Field<IdGraphType>("id").Description("The uuid of an entry you edit, to save an unsent change to it; left out, a new entry (give a requestId so that saving again, and sending, reach the same entry).").FieldType,
            "name" => Field(x => x.Name, nullable: false).Description("The organisation's name.").FieldType,
            "kind" => Field(x => x.Kind, type: typeof(NonNullGraphType<OrganisationKindType>)).Description("What kind of organisation it is.").FieldType,
            "description" => Field(x => x.Description, nullable: true).Description($"What it does, in its own words (Markdown), at most {DirectoryLimits.DescriptionLength:N0} characters.").FieldType,
            "website" => Field(x => x.Website, nullable: true).Description($"Its website, an http or https address of at most {DirectoryLimits.UrlLength} characters.").FieldType,
            "email" => Field(x => x.Email, nullable: true).Description("An email address to contact it.").FieldType,
            "phone" => Field(x => x.Phone, nullable: true).Description($"A phone number to contact it, at most {DirectoryLimits.PhoneLength} characters.").FieldType,
            "places" => Field(x => x.Places, nullable: true).Description($"The slugs of the places it serves (places that exist), at most {DirectoryLimits.PlacesPerEntry}.").FieldType,
            "sectors" => Field<ListGraphType<NonNullGraphType<SectorType>>>("sectors").Description("The sectors it works in.").FieldType,
            "peopleServed" => Field(x => x.PeopleServed, nullable: true).Description("Codes of the people it works with (see directoryTerms.peopleServed).").FieldType,
            "services" => Field<ListGraphType<NonNullGraphType<ServiceInputType>>>("services").Description($"The services it offers, at most {DirectoryLimits.ServicesPerEntry}.").FieldType,
            "approaches" => Field<ListGraphType<NonNullGraphType<ApproachInputType>>>("approaches").Description("The approaches it practises, each at most once.").FieldType,
            "selfAssessment" => Field<ListGraphType<NonNullGraphType<SelfAssessmentInputType>>>("selfAssessment").Description("Answers to the self-assessment, one per statement.").FieldType,
            "identifiers" => Field<ListGraphType<NonNullGraphType<OrgIdentifierInputType>>>("identifiers").Description($"Its identifiers in outside registers, at most {OrgIdSchemes.MaxPerEntry}; left out, the entry keeps the ones it has.").FieldType,
            "decision" => Field(x => x.Decision, type: typeof(NonNullGraphType<ReviewDecisionType>)).Description("Publish the version waiting, or return it to its submitter.").FieldType,
            "comment" => Field(x => x.Comment, nullable: true).Description($"What the submitter should know or change, at most {DirectoryLimits.CommentLength:N0} characters; required when returning.").FieldType,
            "approach" => Field(x => x.Approach, nullable: false).Description("The code of an approach the entry claims.").FieldType,
            "on" => Field(x => x.On, nullable: true).Description("True to endorse (the default), false to take your endorsement back.").FieldType,
            "requestId" => Field(x => x.RequestId, nullable: true).Description(Common.RequestIdText.Description).FieldType,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an organisation input field."),
        };
    }

    internal static readonly string[] Content =
        ["name", "kind", "description", "website", "email", "phone", "places", "sectors", "peopleServed", "services", "approaches", "selfAssessment", "identifiers"];
}

public sealed class SubmitOrganisationInputType() : OrganisationInputType("SubmitOrganisationInput",
    "A new directory entry, sent for review; you become its editor.", [.. Content, "requestId"]);

public sealed class UpdateOrganisationInputType() : OrganisationInputType("UpdateOrganisationInput",
    "A change to an entry you edit; the whole content, sent for review. A published entry stays as it is until the change is published.", ["id", .. Content]);

public sealed class SaveOrganisationDraftInputType() : OrganisationInputType("SaveOrganisationDraftInput",
    "A version of an entry saved without sending it for review: only you see it, moderators included. The description, places and approaches' practice may wait; everything given is checked.", ["draftOf", .. Content, "requestId"]);

public sealed class ReviewOrganisationInputType() : OrganisationInputType("ReviewOrganisationInput",
    "A moderator's decision on the version waiting for review.", "id", "decision", "comment");

public sealed class EndorseApproachInputType() : OrganisationInputType("EndorseApproachInput",
    "Endorse an approach an organisation claims (we have worked alongside them), or take the endorsement back.", "id", "approach", "on");

public sealed class OrganisationIdInputType() : OrganisationInputType("OrganisationIdInput", "One directory entry.", "id");

public sealed class ModeratorInput
{
    public string? Email { get; set; }
}

public sealed class AppointDirectoryModeratorInputType : InputObjectGraphType<ModeratorInput>
{
    public AppointDirectoryModeratorInputType()
    {
        Name = "AppointDirectoryModeratorInput";
        Description = "Someone to make a directory moderator.";
        Field(x => x.Email, nullable: false).Description("The email address they sign in with.");
    }
}
