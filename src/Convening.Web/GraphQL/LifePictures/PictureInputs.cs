using Convening.Contracts;
using Convening.Contracts.LifePictures;
using GraphQL.Types;

namespace Convening.Web.GraphQL.LifePictures;

public sealed class AreaPictureInput
{
    public LifeArea Area { get; set; }
    public string? Goals { get; set; }
    public string? CurrentSupport { get; set; }
    public SupportMatch Match { get; set; }
    public string? Missing { get; set; }
}

public sealed class PictureContentInput
{
    public string? KnownAs { get; set; }
    public string? WhatMatters { get; set; }
    public string? Strengths { get; set; }
    public List<AreaPictureInput>? Areas { get; set; }
    public List<string>? FundingStreams { get; set; }

    public PictureContent ToContent() => new(KnownAs ?? "", WhatMatters ?? "", Strengths ?? "",
        [.. (Areas ?? []).Select(a => new AreaPicture(a.Area, a.Goals ?? "", a.CurrentSupport ?? "", a.Match, a.Missing ?? ""))],
        FundingStreams ?? []);
}

/// <summary>Every life-picture mutation's input; each input type exposes the fields its mutation needs.</summary>
public sealed class PictureInput
{
    public string Id { get; set; } = "";
    public string? PlaceSlug { get; set; }
    public bool ConsentGiven { get; set; }
    public bool CountsInTotals { get; set; }
    public List<string>? PractitionerIds { get; set; }
    public int ExpectedVersion { get; set; }
    public PictureContentInput? Content { get; set; }
    public string? PersonId { get; set; }
    public string? Secret { get; set; }
    public List<string>? Sections { get; set; }
}

public sealed class LifeAreaPictureInputType : InputObjectGraphType<AreaPictureInput>
{
    public LifeAreaPictureInputType()
    {
        Name = "LifeAreaPictureInput";
        Description = "One life area of a picture.";
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area (each at most once).");
        Field(x => x.Goals, nullable: true).Description($"What the person wants here, at most {Limits.PictureAreaText:N0} characters.");
        Field(x => x.CurrentSupport, nullable: true).Description("The support they have now and from whom.");
        Field<NonNullGraphType<SupportMatchType>>("match").Description("Whether it matches what they want.");
        Field(x => x.Missing, nullable: true).Description("What is missing.");
    }
}

public sealed class LifePictureContentInputType : InputObjectGraphType<PictureContentInput>
{
    public LifePictureContentInputType()
    {
        Name = "LifePictureContentInput";
        Description = "What a life picture says; the person's own words first.";
        Field(x => x.KnownAs, type: typeof(NonNullGraphType<StringGraphType>)).Description($"The name the person likes to be known by, at most {Limits.NameLength} characters.");
        Field(x => x.WhatMatters, type: typeof(NonNullGraphType<StringGraphType>)).Description($"What matters to them, in their words, at most {Limits.PictureWords:N0} characters.");
        Field(x => x.Strengths, nullable: true).Description("Their strengths.");
        Field<ListGraphType<NonNullGraphType<LifeAreaPictureInputType>>>("areas").Description("The life areas described.");
        Field(x => x.FundingStreams, nullable: true).Description("Ids of the place's funding streams they draw on now.");
    }
}

public sealed class RecordLifePictureInputType : InputObjectGraphType<PictureInput>
{
    public RecordLifePictureInputType()
    {
        Name = "RecordLifePictureInput";
        Description = "A new life picture, recorded with the person and with their consent.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("A new random id (32 hexadecimal characters); sending it again is refused with picture.exists.");
        Field(x => x.PlaceSlug, type: typeof(NonNullGraphType<StringGraphType>)).Description("The place; you need standing there.");
        Field(x => x.ConsentGiven).Description("The person agreed to the picture being recorded and seen by the named practitioners; without it, picture.no-consent.");
        Field(x => x.CountsInTotals).Description("The person agreed it may count in the place's anonymous totals.");
        Field(x => x.PractitionerIds, nullable: true).Description("Other practitioners, by person id, the person agreed may see it.");
        Field<NonNullGraphType<LifePictureContentInputType>>("content").Description("What it says.");
    }
}

public sealed class SaveLifePictureInputType : InputObjectGraphType<PictureInput>
{
    public SaveLifePictureInputType()
    {
        Name = "SaveLifePictureInput";
        Description = "A new version of a life picture, by a named practitioner or (a correction) the person.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
        Field(x => x.ExpectedVersion).Description("The version you were editing; a stale one is refused with picture.conflict.");
        Field<NonNullGraphType<LifePictureContentInputType>>("content").Description("What it says now.");
    }
}

public sealed class LifePictureIdInputType : InputObjectGraphType<PictureInput>
{
    public LifePictureIdInputType()
    {
        Name = "LifePictureIdInput";
        Description = "A life picture by id.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
    }
}

public sealed class LifePictureCountingInputType : InputObjectGraphType<PictureInput>
{
    public LifePictureCountingInputType()
    {
        Name = "LifePictureCountingInput";
        Description = "Whether a picture counts in its place's anonymous totals.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
        Field(x => x.CountsInTotals).Description("True to count it, false to take it out at once.");
    }
}

public sealed class LifePicturePractitionerInputType : InputObjectGraphType<PictureInput>
{
    public LifePicturePractitionerInputType()
    {
        Name = "LifePicturePractitionerInput";
        Description = "A practitioner to share a picture with, or to remove from it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practitioner's person id.");
    }
}

public sealed class ClaimLifePictureInputType : InputObjectGraphType<PictureInput>
{
    public ClaimLifePictureInputType()
    {
        Name = "ClaimLifePictureInput";
        Description = "The claim a practitioner gave the person, so the picture is theirs to see, correct, download and withdraw.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
        Field(x => x.Secret, type: typeof(NonNullGraphType<StringGraphType>)).Description("The secret from issueLifePictureClaim.");
    }
}

public sealed class SaveLifePictureDraftInputType : InputObjectGraphType<PictureInput>
{
    public SaveLifePictureDraftInputType()
    {
        Name = "SaveLifePictureDraftInput";
        Description = "Your draft of a life picture, kept until you submit or discard it; a named practitioner or the person, or a practitioner with standing in the place for a new one.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture (a new random id for one not yet recorded).");
        Field(x => x.PlaceSlug, nullable: true).Description("For a picture not yet recorded: its place.");
        Field(x => x.ConsentGiven).Description("The person agreed to the picture; a new picture's draft is refused without it (picture.no-consent).");
        Field(x => x.CountsInTotals).Description("The person agreed it may count in the place's anonymous totals.");
        Field<NonNullGraphType<LifePictureContentInputType>>("content").Description("What it says so far.");
        Field(x => x.Sections, nullable: true).Description("The task-list sections this save changed (consent, about, strengths, area-home, ..., funding).");
    }
}
