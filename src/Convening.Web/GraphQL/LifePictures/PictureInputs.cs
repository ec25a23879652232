using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Web.GraphQL.Common;
using GraphQL.Types;

namespace Convening.Web.GraphQL.LifePictures;

public sealed class LifeAreaPictureInputType : CommandInputType<AreaPicture>
{
    public LifeAreaPictureInputType() : base("LifeAreaPictureInput", "One life area of a picture.")
    {
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area (each at most once).");
        Field(x => x.Goals, nullable: true).Description($"What the person wants here, at most {Limits.PictureAreaText:N0} characters.");
        Field(x => x.CurrentSupport, nullable: true).Description("The support they have now and from whom.");
        Field<NonNullGraphType<SupportMatchType>>("match").Description("Whether it matches what they want.");
        Field(x => x.Missing, nullable: true).Description("What is missing.");
    }
}

public sealed class LifePictureContentInputType : CommandInputType<PictureContent>
{
    public LifePictureContentInputType() : base("LifePictureContentInput", "What a life picture says; the person's own words first.")
    {
        Field(x => x.KnownAs).Description($"The name the person likes to be known by, at most {Limits.NameLength} characters.");
        Field(x => x.WhatMatters).Description($"What matters to them, in their words, at most {Limits.PictureWords:N0} characters.");
        Field(x => x.Strengths, nullable: true).Description("Their strengths.");
        Field<ListGraphType<NonNullGraphType<LifeAreaPictureInputType>>>("areas").Description("The life areas described.");
        Field(x => x.FundingStreams, nullable: true).Description("Ids of the place's funding streams they draw on now.");
    }
}

/// <summary>A new picture as the schema gives it: the consent's two answers side by side.</summary>
public sealed record RecordLifePictureInput(string PlaceSlug, bool ConsentGiven, bool CountsInTotals, IReadOnlyList<string> PractitionerIds, PictureContent Content)
{
    public RecordPicture ToCommand() => new(PlaceSlug, new PictureConsent(ConsentGiven, CountsInTotals), Content, PractitionerIds);
}

public sealed class RecordLifePictureInputType : CommandInputType<RecordLifePictureInput>
{
    public RecordLifePictureInputType() : base("RecordLifePictureInput", "A new life picture, recorded with the person and with their consent.")
    {
        Key<IdGraphType>("id", "A new random id (32 hexadecimal characters); sending it again is refused with picture.exists.");
        Field(x => x.PlaceSlug).Description("The place; you need standing there.");
        Field(x => x.ConsentGiven).Description("The person agreed to the picture being recorded and seen by the named practitioners; without it, picture.no-consent.");
        Field(x => x.CountsInTotals).Description("The person agreed it may count in the place's anonymous totals.");
        Field(x => x.PractitionerIds, nullable: true).Description("Other practitioners, by person id, the person agreed may see it.");
        Field<NonNullGraphType<LifePictureContentInputType>>("content").Description("What it says.");
    }
}

public sealed class SaveLifePictureInputType : CommandInputType<SavePicture>
{
    public SaveLifePictureInputType() : base("SaveLifePictureInput", "A new version of a life picture, by a named practitioner or (a correction) the person.")
    {
        Key<IdGraphType>("id", "The picture.");
        Field(x => x.ExpectedVersion).Description("The version you were editing; a stale one is refused with picture.conflict.");
        Field<NonNullGraphType<LifePictureContentInputType>>("content").Description("What it says now.");
    }
}

/// <summary>A life picture, by id.</summary>
public sealed record LifePictureIdInput(string Id);

public sealed class LifePictureIdInputType : CommandInputType<LifePictureIdInput>
{
    public LifePictureIdInputType() : base("LifePictureIdInput", "A life picture by id.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
    }
}

/// <summary>Whether a picture counts in its place's totals.</summary>
public sealed record LifePictureCountingInput(string Id, bool CountsInTotals);

public sealed class LifePictureCountingInputType : CommandInputType<LifePictureCountingInput>
{
    public LifePictureCountingInputType() : base("LifePictureCountingInput", "Whether a picture counts in its place's anonymous totals.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
        Field(x => x.CountsInTotals).Description("True to count it, false to take it out at once.");
    }
}

/// <summary>A picture and one practitioner.</summary>
public sealed record LifePicturePractitionerInput(string Id, string PersonId);

public sealed class LifePicturePractitionerInputType : CommandInputType<LifePicturePractitionerInput>
{
    public LifePicturePractitionerInputType() : base("LifePicturePractitionerInput", "A practitioner to share a picture with, or to remove from it.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
        Field(x => x.PersonId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The practitioner's person id.");
    }
}

/// <summary>A picture and the claim's secret.</summary>
public sealed record ClaimLifePictureInput(string Id, string Secret);

public sealed class ClaimLifePictureInputType : CommandInputType<ClaimLifePictureInput>
{
    public ClaimLifePictureInputType() : base("ClaimLifePictureInput", "The claim a practitioner gave the person, so the picture is theirs to see, correct, download and withdraw.")
    {
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture.");
        Field(x => x.Secret).Description("The secret from issueLifePictureClaim.");
    }
}

/// <summary>A draft as the schema gives it: the consent's two answers side by side, and the sections changed.</summary>
public sealed record SaveLifePictureDraftInput(string PlaceSlug, bool ConsentGiven, bool CountsInTotals, PictureContent Content, IReadOnlyList<string> Sections)
{
    public PictureDraft ToDraft() => new(PlaceSlug, new PictureConsent(ConsentGiven, CountsInTotals), Content, 0, Sections);
}

public sealed class SaveLifePictureDraftInputType : CommandInputType<SaveLifePictureDraftInput>
{
    public SaveLifePictureDraftInputType() : base("SaveLifePictureDraftInput", "Your draft of a life picture, kept until you submit or discard it; a named practitioner or the person, or a practitioner with standing in the place for a new one.")
    {
        Key<IdGraphType>("id", "The picture (a new random id for one not yet recorded).");
        Field(x => x.PlaceSlug, nullable: true).Description("For a picture not yet recorded: its place.");
        Field(x => x.ConsentGiven).Description("The person agreed to the picture; a new picture's draft is refused without it (picture.no-consent).");
        Field(x => x.CountsInTotals).Description("The person agreed it may count in the place's anonymous totals.");
        Field<NonNullGraphType<LifePictureContentInputType>>("content").Description("What it says so far.");
        Field(x => x.Sections, nullable: true).Description("The task-list sections this save changed (consent, about, strengths, area-home, ..., funding).");
    }
}
