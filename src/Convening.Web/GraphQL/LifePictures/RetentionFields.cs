using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.LifePictures;

/// <summary>A place's retention periods for life pictures and support plans (decision 0050): its stewards read and set them.</summary>
public static class RetentionFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<RetentionType>, RetentionView>("placeRetention")
            .Description("How long a place keeps life pictures and support plans, what is scheduled and what was erased; stewards only.")
            .Argument<NonNullGraphType<StringGraphType>>("placeSlug", "The place's short name.")
            .ResolveAsync(async ctx => await Grain(ctx, ctx.GetArgument<string>("placeSlug")).Get(ctx.CallerId()));

        mutation.AddMutation<RetentionType, RetentionView, SetPlaceRetentionInputType>("setPlaceRetention",
            "Sets how many whole years (1 to 50) a place keeps life pictures and plans after their last change, and the record of who saw one after it is erased; stewards only.",
            ctx =>
            {
                var input = ctx.Input<SetRetention>();
                return Grain(ctx, input.PlaceSlug).Set(input, ctx.CallerId());
            });
    }

    private static IPlaceRetentionGrain Grain(IResolveFieldContext ctx, string slug) => ctx.Grains().GetGrain<IPlaceRetentionGrain>(Check.Slug(slug));
}

public sealed class SetPlaceRetentionInputType : CommandInputType<SetRetention>
{
    public SetPlaceRetentionInputType() : base("SetPlaceRetentionInput", "A place's retention periods, in whole years from 1 to 50 (retention.years-out-of-range otherwise).")
    {
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field(x => x.PictureYears).Description("Years a life picture and its support plan are kept after their last change.");
        Field(x => x.AuditYears).Description("Years the record of who saw a picture is kept after the picture was erased or withdrawn.");
    }
}

/// <summary>
/// The schema's PlaceRetention. Its C# name stays RetentionType: setPlaceRetention's payload is named from
/// this class (RetentionPayload { retention }), and renaming it would change that payload for clients.
/// </summary>
public sealed class RetentionType : ObjectGraphType<RetentionView>
{
    public RetentionType()
    {
        Name = "PlaceRetention";
        Description = "How long a place keeps life pictures and support plans, and what its retention job has erased.";
        Field(x => x.PlaceSlug).Description("The place's short name.");
        Field<NonNullGraphType<IntGraphType>, int>("pictureYears").Description("Years a picture and its plan are kept after their last change.").Resolve(ctx => ctx.Source.Rule.PictureYears);
        Field<NonNullGraphType<IntGraphType>, int>("auditYears").Description("Years the record of who saw a picture is kept after it was erased or withdrawn.").Resolve(ctx => ctx.Source.Rule.AuditYears);
        Field(x => x.IsDefault).Description("Whether the periods are the default (6 years each), never set by a steward.");
        Field(x => x.Pictures).Description("Pictures kept now, each with its erasure scheduled.");
        Field(x => x.Erased).Description("Pictures erased or withdrawn whose record of who saw them is still kept.");
        Field(x => x.NextDue, nullable: true).Description("When the next erasure is due, if anything is scheduled.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RetentionErasureType>>>, IReadOnlyList<RetentionErasure>>("erasures")
            .Description("What the retention job erased, newest first (the latest 1,000).").Resolve(ctx => ctx.Source.Log);
    }
}

public sealed class RetentionErasureType : ObjectGraphType<RetentionErasure>
{
    public RetentionErasureType()
    {
        Name = "RetentionErasure";
        Description = "One erasure by the retention job: which picture, what went and when; never any of its content.";
        Field(x => x.At).Description("When it was erased.");
        Field(x => x.PictureId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The picture's id.");
        Field<NonNullGraphType<RetentionErasedType>, RetentionErased>("what").Description("What was erased.").Resolve(ctx => ctx.Source.What);
    }
}

public sealed class RetentionErasedType() : DescribedEnumType<RetentionErased>(
    "What the retention job erased: CONTENT (every version, draft and the support plan) or RECORD (what was left: who saw it).");
