using Convening.Contracts;
using Convening.Contracts.LifePictures;
using Convening.Web.GraphQL.Common;
using GraphQL;
using GraphQL.Types;

namespace Convening.Web.GraphQL.LifePictures;

public static class PictureFields
{
    public static void Add(ObjectGraphType query, ObjectGraphType mutation)
    {
        query.Field<NonNullGraphType<LifePictureType>, PictureView>("lifePicture")
            .Description("A life picture, if it is yours or you are a named practitioner; otherwise picture.not-shared. Recorded in its audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The picture's id.")
            .ResolveAsync(async ctx => await Picture(ctx, ctx.GetArgument<string>("id")).Get(ctx.CallerId()));
        query.Field<NonNullGraphType<LifePictureVersionType>, PictureVersionView>("lifePictureVersion")
            .Description("An earlier version of a life picture; recorded in its audit trail.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The picture's id.")
            .Argument<NonNullGraphType<IntGraphType>>("number", "The version number.")
            .ResolveAsync(async ctx => await Picture(ctx, ctx.GetArgument<string>("id")).Version(ctx.GetArgument<int>("number"), ctx.CallerId()));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifePictureAuditEntryType>>>, IReadOnlyList<AuditEntry>>("lifePictureAudit")
            .Description("Who opened or changed a life picture and when, newest first; the person and named practitioners.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The picture's id.")
            .ResolveAsync(async ctx => await Picture(ctx, ctx.GetArgument<string>("id")).AuditTrail(ctx.CallerId()));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LifePictureSummaryType>>>, IReadOnlyList<PictureSummary>>("myLifePictures")
            .Description("The life pictures you may open: your own, and those you are a named practitioner of; newest first, at most 100.")
            .ResolveAsync(async ctx => await Shelf(ctx));
        query.Field<NonNullGraphType<LifePictureDraftType>, PictureDraft>("lifePictureDraft")
            .Description("Your own draft of a life picture, begun from its latest version if you have none (an opening, in its audit trail); a named practitioner or the person. For a picture not yet recorded, pass its place.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The picture's id.")
            .Argument<StringGraphType>("placeSlug", "For a picture not yet recorded: its place.")
            .ResolveAsync(async ctx => await Picture(ctx, ctx.GetArgument<string>("id")).Draft(ctx.GetArgument<string?>("placeSlug"), ctx.CallerId()));
        query.Field<NonNullGraphType<PlaceTotalsType>, PlaceTotals>("placeTotals")
            .Description("A place's life pictures added up, small numbers suppressed; its commissioners only. Fewer than 5 people: totals.too-few-people.")
            .Argument<NonNullGraphType<StringGraphType>>("placeSlug", "The place's short name.")
            .ResolveAsync(async ctx => await Totals(ctx).Totals(ctx.CallerId()));
        query.Field<NonNullGraphType<FundingVennType>, VennTotals>("placeFundingVenn")
            .Description("A Venn of up to three of a place's funding streams, from the same suppressed table; its commissioners only.")
            .Argument<NonNullGraphType<StringGraphType>>("placeSlug", "The place's short name.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("streamIds", "One to three funding stream ids.")
            .ResolveAsync(async ctx => await Totals(ctx).Venn(ctx.GetArgument<List<string>>("streamIds"), ctx.CallerId()));

        mutation.AddMutation<LifePictureType, PictureView, RecordLifePictureInputType>("recordLifePicture",
            "Records a life picture with the person's consent; you become its first named practitioner.",
            ctx =>
            {
                var (id, input) = ctx.Keyed<RecordLifePictureInput>();
                return Picture(ctx, id).Record(input.ToCommand(), ctx.CallerId());
            });
        mutation.AddMutation<LifePictureType, PictureView, SaveLifePictureInputType>("saveLifePicture",
            "Saves a new version of a life picture (the old ones are kept); a named practitioner or the person.",
            ctx =>
            {
                var (id, save) = ctx.Keyed<SavePicture>();
                return Picture(ctx, id).Save(save, ctx.CallerId());
            });
        mutation.AddMutation<LifePictureDraftType, PictureDraft, SaveLifePictureDraftInputType>("saveLifePictureDraft",
            "Keeps your draft of a life picture, sealed, seen only by you; nothing changes in the picture until you submit it.",
            ctx =>
            {
                var (id, draft) = ctx.Keyed<SaveLifePictureDraftInput>();
                return Picture(ctx, id).SaveDraft(draft.ToDraft(), ctx.CallerId());
            });
        mutation.AddMutation<LifePictureType, PictureView, LifePictureCountingInputType>("setLifePictureCounting",
            "Says whether a picture counts in its place's anonymous totals; a named practitioner or the person.",
            ctx =>
            {
                var input = ctx.Input<LifePictureCountingInput>();
                return Picture(ctx, input.Id).SetCountsInTotals(input.CountsInTotals, ctx.CallerId());
            });
        mutation.AddMutation<LifePictureType, PictureView, LifePicturePractitionerInputType>("shareLifePicture",
            "Names another practitioner who may see a picture (they need standing in its place); a named practitioner or the person.",
            ctx =>
            {
                var input = ctx.Input<LifePicturePractitionerInput>();
                return Picture(ctx, input.Id).AddPractitioner(input.PersonId, ctx.CallerId());
            });
        mutation.AddMutation<LifePictureRefType, PictureRef, LifePicturePractitionerInputType>("unshareLifePicture",
            "Removes a practitioner from a picture (a practitioner who leaves); the last keeper stays (picture.last-keeper).",
            async ctx =>
            {
                var input = ctx.Input<LifePicturePractitionerInput>();
                await Picture(ctx, input.Id).RemovePractitioner(input.PersonId, ctx.CallerId());
                return new PictureRef(input.Id);
            });
        mutation.AddMutation<LifePictureClaimType, PictureClaim, LifePictureIdInputType>("issueLifePictureClaim",
            "A single-use claim for the person the picture is about (14 days); a named practitioner.",
            async ctx =>
            {
                var id = ctx.Input<LifePictureIdInput>().Id;
                return new PictureClaim(id, await Picture(ctx, id).IssueClaim(ctx.CallerId()), $"/life-pictures/{id}/claim");
            });
        mutation.AddMutation<LifePictureType, PictureView, ClaimLifePictureInputType>("claimLifePicture",
            "Follows a claim as the person the picture is about: it becomes yours to see, correct, download and withdraw.",
            ctx =>
            {
                var input = ctx.Input<ClaimLifePictureInput>();
                return Picture(ctx, input.Id).Claim(input.Secret, ctx.CallerId());
            });
        mutation.AddMutation<LifePictureRefType, PictureRef, LifePictureIdInputType>("withdrawLifePicture",
            "Withdraws consent: every version is erased and the person leaves the totals; the audit trail stays. The person or a named practitioner.",
            async ctx =>
            {
                var id = ctx.Input<LifePictureIdInput>().Id;
                await Picture(ctx, id).Withdraw(ctx.CallerId());
                return new PictureRef(id);
            });
    }

    private static async Task<IReadOnlyList<PictureSummary>> Shelf(IResolveFieldContext ctx)
    {
        var caller = ctx.RequiredCallerId();
        var entries = await ctx.Grains().GetGrain<ILifePictureShelfGrain>(caller).List(caller);
        return await Task.WhenAll(entries.Take(100).Select(e => Picture(ctx, e.PictureId).Summary(caller)));
    }

    private static ILifePictureGrain Picture(IResolveFieldContext ctx, string id) => ctx.Grains().GetGrain<ILifePictureGrain>(id);

    private static ILifePictureTotalsGrain Totals(IResolveFieldContext ctx) =>
        ctx.Grains().GetGrain<ILifePictureTotalsGrain>(Check.Slug(ctx.GetArgument<string>("placeSlug")));
}
