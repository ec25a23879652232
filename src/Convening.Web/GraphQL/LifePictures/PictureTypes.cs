using Convening.Contracts.LifePictures;
using GraphQL.Types;

namespace Convening.Web.GraphQL.LifePictures;

public sealed class LifePictureType : ObjectGraphType<PictureView>
{
    public LifePictureType()
    {
        Name = "LifePicture";
        Description = "A person's life picture: seen only by the person and the practitioners they named; each time it is read is in its audit trail.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture's id.");
        Field(x => x.PlaceSlug).Description("The place it was recorded in.");
        Field<NonNullGraphType<LifePictureContentType>, PictureContent>("content").Description("The latest version's content.").Resolve(ctx => ctx.Source.Content);
        Field(x => x.Version).Description("The latest version's number; send it back as expectedVersion when saving.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifePictureVersionInfoType>>>, IReadOnlyList<PictureVersionInfo>>("versions")
            .Description("Every version kept, newest first, so change over time shows.").Resolve(ctx => ctx.Source.Versions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifePicturePersonType>>>, IReadOnlyList<PicturePerson>>("practitioners")
            .Description("The practitioners the person agreed may see it.").Resolve(ctx => ctx.Source.Practitioners);
        Field<LifePicturePersonType, PicturePerson>("person").Description("The person it is about, once they have claimed it with their account.").Resolve(ctx => ctx.Source.Person);
        Field(x => x.CountsInTotals).Description("Whether the person agreed that it counts in the place's anonymous totals.");
        Field(x => x.CallerIsThePerson).Description("Whether you are the person it is about (you may download and correct it).");
        Field(x => x.ErasureDue, nullable: true).Description("When the place's retention period erases it, with its support plan, unless it is changed before then.");
    }
}

public sealed class LifePictureContentType : ObjectGraphType<PictureContent>
{
    public LifePictureContentType()
    {
        Name = "LifePictureContent";
        Description = "What a life picture says, the person's own words first.";
        Field(x => x.KnownAs).Description("The name the person likes to be known by.");
        Field(x => x.WhatMatters).Description("What matters to them, in their words.");
        Field(x => x.Strengths).Description("Their strengths.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifeAreaPictureType>>>, IReadOnlyList<AreaPicture>>("areas")
            .Description("The life areas described, in a fixed order.").Resolve(ctx => ctx.Source.Areas);
        Field(x => x.FundingStreams).Description("The ids of the place's funding streams they draw on now.");
    }
}

public sealed class LifeAreaPictureType : ObjectGraphType<AreaPicture>
{
    public LifeAreaPictureType()
    {
        Name = "LifeAreaPicture";
        Description = "One life area: goals, current support and from whom, whether it matches, and what is missing.";
        Field<NonNullGraphType<LifeAreaType>>("area").Description("The life area.").Resolve(ctx => ctx.Source.Area);
        Field(x => x.Goals).Description("What the person wants here (empty: no goal recorded).");
        Field(x => x.CurrentSupport).Description("The support they have now, and from whom (services, family carers, community).");
        Field<NonNullGraphType<SupportMatchType>>("match").Description("Whether that support matches what they want.").Resolve(ctx => ctx.Source.Match);
        Field(x => x.Missing).Description("What is missing.");
    }
}

public sealed class LifePicturePersonType : ObjectGraphType<PicturePerson>
{
    public LifePicturePersonType()
    {
        Name = "LifePicturePerson";
        Description = "Someone a life picture is shared with, or about.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("Their person id.");
        Field(x => x.DisplayName).Description("Their name.");
    }
}

public sealed class LifePictureVersionInfoType : ObjectGraphType<PictureVersionInfo>
{
    public LifePictureVersionInfoType()
    {
        Name = "LifePictureVersionInfo";
        Description = "One kept version of a life picture.";
        Field(x => x.Number).Description("The version number.");
        Field(x => x.SavedAt).Description("When it was saved.");
        Field(x => x.SavedBy).Description("Who saved it.");
        Field(x => x.ByThePerson).Description("Whether the person saved it themself (a correction).");
    }
}

public sealed class LifePictureVersionType : ObjectGraphType<PictureVersionView>
{
    public LifePictureVersionType()
    {
        Name = "LifePictureVersion";
        Description = "An earlier version of a life picture, with its content.";
        Field<NonNullGraphType<LifePictureVersionInfoType>, PictureVersionInfo>("info").Description("Which version, when and by whom.").Resolve(ctx => ctx.Source.Info);
        Field<NonNullGraphType<LifePictureContentType>, PictureContent>("content").Description("What it said.").Resolve(ctx => ctx.Source.Content);
    }
}

public sealed class LifePictureSummaryType : ObjectGraphType<PictureSummary>
{
    public LifePictureSummaryType()
    {
        Name = "LifePictureSummary";
        Description = "A life picture in a list: the name the person is known by, and when it last changed.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture's id.");
        Field(x => x.PlaceSlug).Description("The place it was recorded in.");
        Field(x => x.KnownAs).Description("The name the person is known by (empty once withdrawn).");
        Field(x => x.Version).Description("The latest version's number.");
        Field(x => x.UpdatedAt).Description("When it last changed.");
        Field(x => x.Withdrawn).Description("Whether consent was withdrawn and the picture erased.");
        Field(x => x.ErasedByRetention).Description("Whether it was erased because it was not changed for the place's retention period (rather than withdrawn).");
    }
}

public sealed class LifePictureAuditEntryType : ObjectGraphType<AuditEntry>
{
    public LifePictureAuditEntryType()
    {
        Name = "LifePictureAuditEntry";
        Description = "One line of a life picture's audit trail: who did what and when, never the picture's words.";
        Field(x => x.At).Description("When.");
        Field(x => x.ById, type: typeof(NonNullGraphType<IdGraphType>)).Description("Who, by person id.");
        Field(x => x.ByName).Description("Who, by name.");
        Field<NonNullGraphType<PictureActionType>>("action").Description("What they did.").Resolve(ctx => ctx.Source.Action);
        Field(x => x.Version).Description("The version it concerned.");
        Field(x => x.AboutName, nullable: true).Description("The practitioner added or removed, for those actions.");
    }
}

/// <summary>What a mutation that ends someone's access returns: only the id.</summary>
public sealed record PictureRef(string Id);

public sealed class LifePictureRefType : ObjectGraphType<PictureRef>
{
    public LifePictureRefType()
    {
        Name = "LifePictureRef";
        Description = "A life picture by id only, returned where the caller may no longer open it.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture's id.");
    }
}

/// <summary>A single-use claim link for the person.</summary>
public sealed record PictureClaim(string Id, string Secret, string Path);

public sealed class LifePictureClaimType : ObjectGraphType<PictureClaim>
{
    public LifePictureClaimType()
    {
        Name = "LifePictureClaim";
        Description = "A single-use link (14 days) to give the person, so their account holds the picture.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture's id.");
        Field(x => x.Secret).Description("The secret to send with claimLifePicture.");
        Field(x => x.Path).Description("The page the person follows, signed in, to claim it.");
    }
}

public sealed class LifePictureDraftType : ObjectGraphType<PictureDraft>
{
    public LifePictureDraftType()
    {
        Name = "LifePictureDraft";
        Description = "Your own unsaved changes to a life picture (decision 0040): seen only by you, sealed like a version, made a version when you submit it on check your answers.";
        Field(x => x.PlaceSlug).Description("The place the picture is in.");
        Field(x => x.BaseVersion).Description("The version the draft began from; 0 for a picture not yet recorded.");
        Field<NonNullGraphType<BooleanGraphType>, bool>("consentGiven").Description("Whether the person's consent is recorded in it.").Resolve(ctx => ctx.Source.Consent.Given);
        Field<NonNullGraphType<BooleanGraphType>, bool>("countsInTotals").Description("Whether it is to count in the place's anonymous totals.").Resolve(ctx => ctx.Source.Consent.CountsInTotals);
        Field<NonNullGraphType<LifePictureContentType>, PictureContent>("content").Description("What it says so far.").Resolve(ctx => ctx.Source.Content);
        Field(x => x.Changed).Description("The task-list sections changed in it.");
    }
}
